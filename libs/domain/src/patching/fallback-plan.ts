import type { FallbackStep, NoFallbackReason, Role } from '@cordon/contracts';
import { invalidField } from '../errors/invalid-field';

/**
 * Fall-back plans of critical services (the mail-scanning server that would not boot
 * after a patch): the rules of a plan, its first steps, when it wants reviewing, which
 * devices count as servers, and the words of the incident a failed patch opens.
 */

export const MAX_FALLBACK_STEPS = 30;
export const MAX_STEP_LENGTH = 500;
export const MAX_SERVERS = 20;
/** A plan last reviewed longer ago than this wants reviewing again. */
export const REVIEW_INTERVAL_MONTHS = 6;

export interface FallbackPlanInput {
  name: string;
  description?: string | null;
  serverIds: readonly string[];
  steps: readonly FallbackStep[];
  standbyDeviceId?: string | null;
  standbyDescription?: string | null;
  lastReviewedOn: string;
}

export interface FallbackPlan {
  name: string;
  description: string | null;
  serverIds: string[];
  steps: FallbackStep[];
  standbyDeviceId: string | null;
  standbyDescription: string | null;
  lastReviewedOn: string;
}

const blank = (value: string | null | undefined): string | null => {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
};

const isDay = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/**
 * A service and its plan, trimmed, or a 400 naming the field: a name; distinct servers;
 * steps with text (none yet is allowed: the service is then "without a plan"); a standby
 * that is not one of the live servers; a review date that is a real day, not in the future.
 */
export function validateFallbackPlan(input: FallbackPlanInput, today: string): FallbackPlan {
  const name = blank(input.name);
  if (!name) throw invalidField('name', 'must not be empty');
  if (input.serverIds.length === 0)
    throw invalidField('serverIds', 'name at least one live server');
  if (input.serverIds.length > MAX_SERVERS) {
    throw invalidField('serverIds', `at most ${MAX_SERVERS} servers`);
  }
  if (new Set(input.serverIds).size !== input.serverIds.length) {
    throw invalidField('serverIds', 'lists a server twice');
  }
  if (input.steps.length > MAX_FALLBACK_STEPS) {
    throw invalidField('steps', `at most ${MAX_FALLBACK_STEPS} steps`);
  }
  const steps = input.steps.map((step, i) => {
    const text = blank(step.text);
    if (!text) throw invalidField(`steps.${i}.text`, 'must not be empty');
    if (text.length > MAX_STEP_LENGTH) {
      throw invalidField(`steps.${i}.text`, `at most ${MAX_STEP_LENGTH} characters`);
    }
    return { text, firstStep: step.firstStep };
  });
  const standbyDeviceId = input.standbyDeviceId ?? null;
  if (standbyDeviceId && input.serverIds.includes(standbyDeviceId)) {
    throw invalidField('standbyDeviceId', 'is one of the live servers: name another machine');
  }
  if (!isDay(input.lastReviewedOn))
    throw invalidField('lastReviewedOn', 'must be a YYYY-MM-DD day');
  if (input.lastReviewedOn > today) throw invalidField('lastReviewedOn', 'is in the future');
  return {
    name,
    description: blank(input.description),
    serverIds: [...input.serverIds],
    steps,
    standbyDeviceId,
    standbyDescription: blank(input.standbyDescription),
    lastReviewedOn: input.lastReviewedOn,
  };
}

/** The steps that become tasks at once, with their place in the plan (0-based). */
export function firstSteps(steps: readonly FallbackStep[]): { position: number; text: string }[] {
  return steps.flatMap((step, position) => (step.firstStep ? [{ position, text: step.text }] : []));
}

/** The day `months` before `today` (YYYY-MM-DD), clamped to the month's end (31 Aug → 28 Feb). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Reviewed more than six months before `today` (YYYY-MM-DD): it wants reviewing. */
export function reviewOverdue(lastReviewedOn: string, today: string): boolean {
  return lastReviewedOn < monthsBefore(today, REVIEW_INTERVAL_MONTHS);
}

/**
 * Is a device a live server? The inventory has no role field: its OS says so (Windows
 * 2000 Server, Windows Server 2003, "Advanced Server"), and hosting a critical service
 * makes it one whatever its record says (or when it has no OS recorded).
 */
export function isServer(device: { os: string | null }, hostsCriticalService: boolean): boolean {
  return hostsCriticalService || (device.os !== null && /\bserver\b/i.test(device.os));
}

/** Who owns the incident: the plan's decider while they may own one, else the first owner. */
export function fallbackIncidentOwner<
  U extends { id: string; name: string; roles: readonly Role[] },
>(
  decider: U | null,
  deciderId: string | null,
  candidates: readonly U[],
): { owner: U | null; note: string | null } {
  if (decider) return { owner: decider, note: null };
  const owner =
    candidates.find((u) => u.roles.includes('owner')) ??
    candidates.find((u) => u.roles.includes('command')) ??
    candidates.find((u) => u.roles.includes('admin')) ??
    null;
  const why = deciderId
    ? "the plan's decider is no longer an active owner or command user"
    : 'there is no fall-back plan to name a decider';
  return { owner, note: owner ? `${owner.name} owns it: ${why}` : null };
}

export interface FailedPatchWords {
  service: string | null;
  hostname: string;
  identifier: string;
  patch: string;
  noPlan: NoFallbackReason | null;
}

export const NO_FALLBACK_PLAN = 'NO FALL-BACK PLAN';

/** A live critical server down is high: severity 2 ("major"; 1 is critical, 4 minor). */
export const FALLBACK_INCIDENT_SEVERITY = 2;

/** The incident's title: the service and the patch; a missing plan said loudly. */
export function fallbackIncidentTitle(w: FailedPatchWords): string {
  const what = `patch ${w.identifier} failed on ${w.hostname}`;
  const title = w.service ? `${w.service}: ${what}` : `Server ${what}`;
  return (w.noPlan ? `${title} (${NO_FALLBACK_PLAN})` : title).slice(0, 200);
}

export function fallbackIncidentSummary(w: FailedPatchWords & { note: string | null }): string {
  const lines = [
    `Patch ${w.patch} (${w.identifier}) failed on live server ${w.hostname}` +
      (w.service ? `, which hosts ${w.service}.` : '.'),
  ];
  if (w.noPlan === 'no_critical_service') {
    lines.push(`${NO_FALLBACK_PLAN}: ${w.hostname} hosts no critical service with a plan.`);
  } else if (w.noPlan === 'plan_has_no_steps') {
    lines.push(`${NO_FALLBACK_PLAN}: ${w.service ?? 'the service'} has no steps written.`);
  } else {
    lines.push('Its fall-back plan is attached; its first steps are tasks.');
  }
  if (w.note) lines.push(`Note from the rollout: ${w.note}`);
  return lines.join('\n');
}

/** The task made of a first step (tasks take 500 characters). */
export function fallbackStepTaskTitle(service: string, position: number, text: string): string {
  return `${service} fall-back, step ${position + 1}: ${text}`.slice(0, 500);
}

export const noPlanTaskTitle = (hostname: string): string =>
  `${NO_FALLBACK_PLAN} for ${hostname}: decide how to restore the service and write its plan`;
