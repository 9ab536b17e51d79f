import { Channel, normaliseChannels } from './channels';
import { TEMPLATE_VARIABLES, unknownVariables } from './template';

/** Who a broadcast goes to: everyone, or anyone in one of the listed departments, sites or LANs. */
export interface Audience {
  all: boolean;
  departmentIds: string[];
  siteIds: string[];
  lanIds: string[];
}

export interface BroadcastRequestInput {
  audience: {
    all?: boolean;
    departmentIds?: string[];
    siteIds?: string[];
    lanIds?: string[];
  };
  channels: string[];
  subject: string;
  body: string;
  smsBody?: string | null;
  requireAck?: boolean;
  escalateAfterMinutes?: number;
}

export interface BroadcastRequest {
  audience: Audience;
  channels: Channel[];
  subject: string;
  body: string;
  /** The SMS text as a template; null: derived from the subject (see `renderMessage`). */
  smsBody: string | null;
  requireAck: boolean;
  /** Unacknowledged recipients get the other channel after this long; null: never. */
  escalateAfterMinutes: number | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldProblem[] };

const sortedUnique = (ids: readonly string[] | undefined): string[] =>
  [...new Set((ids ?? []).map((id) => id.toLowerCase()))].sort();

/** Who a broadcast reaches and how: what an audience preview is asked for. */
export interface BroadcastTarget {
  audience: Audience;
  channels: Channel[];
}

/**
 * The audience and channels of a request in canonical form: ids de-duplicated and
 * sorted, channels in order, `all` clearing the lists it makes pointless. Refuses an
 * empty audience and unknown channels, naming the field.
 */
export function normaliseBroadcastTarget(
  input: Pick<BroadcastRequestInput, 'audience' | 'channels'>,
): Checked<BroadcastTarget> {
  const errors: FieldProblem[] = [];
  const all = input.audience.all === true;
  const audience: Audience = {
    all,
    departmentIds: all ? [] : sortedUnique(input.audience.departmentIds),
    siteIds: all ? [] : sortedUnique(input.audience.siteIds),
    lanIds: all ? [] : sortedUnique(input.audience.lanIds),
  };
  if (!all && !audience.departmentIds.length && !audience.siteIds.length && !audience.lanIds.length)
    errors.push({
      field: 'audience',
      message: 'needs all: true or at least one of departmentIds, siteIds, lanIds',
    });
  const channels = normaliseChannels(input.channels);
  if (!channels) errors.push({ field: 'channels', message: 'must hold email and/or sms' });
  if (errors.length || !channels) return { ok: false, errors };
  return { ok: true, value: { audience, channels } };
}

/**
 * A broadcast request in canonical form: the target as `normaliseBroadcastTarget`
 * gives it, text trimmed (an empty `smsBody` is none). Refuses what that refuses, empty
 * text and unknown template variables, naming the field.
 */
export function normaliseBroadcastRequest(
  input: BroadcastRequestInput,
  defaults: { escalateAfterMinutes: number | null },
): Checked<BroadcastRequest> {
  const target = normaliseBroadcastTarget(input);
  const errors: FieldProblem[] = target.ok ? [] : [...target.errors];
  const subject = input.subject.trim();
  const body = input.body.trim();
  const smsBody = input.smsBody?.trim() || null;
  if (!subject) errors.push({ field: 'subject', message: 'must not be empty' });
  if (!body) errors.push({ field: 'body', message: 'must not be empty' });
  for (const [field, text] of [
    ['subject', subject],
    ['body', body],
    ['smsBody', smsBody ?? ''],
  ] as const) {
    const unknown = unknownVariables(text);
    if (unknown.length)
      errors.push({
        field,
        message: `unknown variable ${unknown.map((v) => `{{${v}}}`).join(', ')}; known: ${TEMPLATE_VARIABLES.join(', ')}`,
      });
  }
  const requireAck = input.requireAck === true;
  const escalateAfterMinutes = requireAck
    ? (input.escalateAfterMinutes ?? defaults.escalateAfterMinutes)
    : null;
  if (errors.length || !target.ok) return { ok: false, errors };
  return {
    ok: true,
    value: { ...target.value, subject, body, smsBody, requireAck, escalateAfterMinutes },
  };
}

/**
 * What the fingerprint stored with an Idempotency-Key is a hash of (the hash is taken
 * in comms: the domain stays free of node modules, the console imports it): the same
 * request (ids in any order, the same channels) gives the same text, any change another.
 * `smsBody` is in it only when given, so a key stored before it existed still matches.
 */
export function canonicalRequest(request: BroadcastRequest): string {
  return JSON.stringify([
    request.audience.all,
    request.audience.departmentIds,
    request.audience.siteIds,
    request.audience.lanIds,
    request.channels,
    request.subject,
    request.body,
    request.requireAck,
    request.escalateAfterMinutes,
    ...(request.smsBody === null ? [] : [request.smsBody]),
  ]);
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** An Idempotency-Key header value: 1–200 visible ASCII characters. */
export function checkIdempotencyKey(value: string | undefined): Checked<string> {
  if (value === undefined || value.trim() === '')
    return { ok: false, errors: [{ field: 'Idempotency-Key', message: 'header is required' }] };
  const key = value.trim();
  if (!IDEMPOTENCY_KEY.test(key))
    return {
      ok: false,
      errors: [{ field: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters' }],
    };
  return { ok: true, value: key };
}
