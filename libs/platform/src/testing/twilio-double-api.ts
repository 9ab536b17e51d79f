import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';

/** A message as the double holds it. */
export interface DoubleMessage {
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  body: string;
  statusCallback: string | null;
  status: string;
  dateCreated: Date;
  dateSent: Date | null;
}

export function newSid(prefix: 'AC' | 'SM'): string {
  return prefix + randomBytes(16).toString('hex');
}

/** Twilio's dates: RFC 2822 in UTC, whole seconds (`Tue, 05 Mar 2026 10:00:01 +0000`). */
export function rfc2822(date: Date | null): string | null {
  return date ? date.toUTCString().replace('GMT', '+0000') : null;
}

export function messageJson(m: DoubleMessage): Record<string, unknown> {
  const uri = `/2010-04-01/Accounts/${m.accountSid}/Messages/${m.sid}.json`;
  return {
    account_sid: m.accountSid,
    api_version: '2010-04-01',
    body: m.body,
    date_created: rfc2822(m.dateCreated),
    date_sent: rfc2822(m.dateSent),
    date_updated: rfc2822(m.dateSent ?? m.dateCreated),
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: m.from,
    messaging_service_sid: null,
    num_media: '0',
    num_segments: String(Math.max(1, Math.ceil(m.body.length / 160))),
    price: null,
    price_unit: 'USD',
    sid: m.sid,
    status: m.status,
    subresource_uris: { media: uri.replace('.json', '/Media.json') },
    to: m.to,
    uri,
  };
}

export function errorJson(status: number, code: number, message: string): Record<string, unknown> {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

const DAY_MS = 24 * 3600 * 1000;

/** Twilio filters DateSent by UTC day: `DateSent>` on or after that day, `DateSent<` on or before. */
function dayOf(value: string): number {
  const day = Date.parse(value.slice(0, 10) + 'T00:00:00Z');
  return Number.isNaN(day) ? NaN : day;
}

/** GET Messages.json: filters To, From, DateSent, DateSent<, DateSent>; pages with Page and PageSize. */
export function listJson(
  accountSid: string,
  all: DoubleMessage[],
  query: URLSearchParams,
): Record<string, unknown> {
  const to = query.get('To');
  const from = query.get('From');
  const on = query.get('DateSent');
  const after = query.get('DateSent>');
  const before = query.get('DateSent<');
  const matching = all
    .filter((m) => (to === null || m.to === to) && (from === null || m.from === from))
    .filter((m) => {
      if (on === null && after === null && before === null) return true;
      if (!m.dateSent) return false;
      const t = m.dateSent.getTime();
      if (on !== null && (t < dayOf(on) || t >= dayOf(on) + DAY_MS)) return false;
      if (after !== null && t < dayOf(after)) return false;
      if (before !== null && t >= dayOf(before) + DAY_MS) return false;
      return true;
    })
    .reverse(); // newest first
  const pageSize = Math.min(1000, Math.max(1, Number(query.get('PageSize') ?? 50) || 50));
  const page = Math.max(0, Number(query.get('Page') ?? 0) || 0);
  const start = page * pageSize;
  const items = matching.slice(start, start + pageSize);
  const base = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  const pageUri = (n: number) => {
    const q = new URLSearchParams(query);
    q.set('PageSize', String(pageSize));
    q.set('Page', String(n));
    q.delete('PageToken');
    if (n > 0) q.set('PageToken', `PA${n}`);
    return `${base}?${q.toString()}`;
  };
  return {
    first_page_uri: pageUri(0),
    end: start + Math.max(items.length, 1) - 1,
    previous_page_uri: page > 0 ? pageUri(page - 1) : null,
    messages: items.map(messageJson),
    uri: pageUri(page),
    page_size: pageSize,
    start,
    next_page_uri: start + pageSize < matching.length ? pageUri(page + 1) : null,
    page,
  };
}

/** The message Twilio answers with for an error code. */
export function defaultMessage(code: number, to: string): string {
  if (code === 21211) return `The 'To' number ${to} is not a valid phone number.`;
  if (code === 20429) return 'Too Many Requests';
  if (code === 21610) return 'Attempt to send to unsubscribed recipient';
  return 'Internal Server Error';
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
