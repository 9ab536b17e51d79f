/** The critical service editor's form, pure: from a service, to a request, the review warning. */
import { monthsBefore, REVIEW_INTERVAL_MONTHS, reviewOverdue } from '@cordon/domain';
import type { TaskStatus } from '@cordon/contracts';
import type {
  CreateCriticalServiceRequest,
  CriticalServiceView,
  FallbackStep,
} from './fallback-types';

export interface ServerChoice {
  id: string;
  hostname: string;
}

export interface ServiceForm {
  name: string;
  description: string;
  servers: ServerChoice[];
  steps: FallbackStep[];
  standbyDevice: ServerChoice | null;
  standbyDescription: string;
  deciderId: string;
  lastReviewedOn: string;
}

export const emptyForm = (today: string): ServiceForm => ({
  name: '',
  description: '',
  servers: [],
  steps: [{ text: '', firstStep: true }],
  standbyDevice: null,
  standbyDescription: '',
  deciderId: '',
  lastReviewedOn: today,
});

export const formFromService = (s: CriticalServiceView): ServiceForm => ({
  name: s.name,
  description: s.description ?? '',
  servers: s.servers.map((d) => ({ id: d.deviceId, hostname: d.hostname })),
  steps: s.steps.map((step) => ({ ...step })),
  standbyDevice: s.standby.device,
  standbyDescription: s.standby.description ?? '',
  deciderId: s.decider.id,
  lastReviewedOn: s.lastReviewedOn,
});

/** The body of a create (and, with the version, of a change); blank words as null. */
export function requestFromForm(form: ServiceForm): CreateCriticalServiceRequest {
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    name: form.name.trim(),
    description: text(form.description),
    serverIds: form.servers.map((s) => s.id),
    steps: form.steps.map((s) => ({ text: s.text, firstStep: s.firstStep })),
    standbyDeviceId: form.standbyDevice?.id ?? null,
    standbyDescription: text(form.standbyDescription),
    deciderId: form.deciderId,
    lastReviewedOn: form.lastReviewedOn,
  };
}

/** The steps with one moved up (-1) or down (+1); unchanged at either end. */
export function moveStep<T>(steps: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
export const dayWords = (day: string): string => DAY.format(new Date(`${day}T00:00:00Z`));

/** "Last reviewed" in words, and whether to warn (older than six months). */
export function reviewWords(
  lastReviewedOn: string,
  today: string,
): { text: string; overdue: boolean } {
  const overdue = reviewOverdue(lastReviewedOn, today);
  const text = `Last reviewed ${dayWords(lastReviewedOn)}`;
  return overdue
    ? {
        text: `${text}: over ${REVIEW_INTERVAL_MONTHS} months ago (before ${dayWords(monthsBefore(today, REVIEW_INTERVAL_MONTHS))}), review it`,
        overdue,
      }
    : { text, overdue };
}

/** What a service's plan lacks, in words (its review is warned about beside its date). */
export function planGaps(s: CriticalServiceView): string[] {
  const gaps: string[] = [];
  if (!s.hasPlan) gaps.push('No fall-back steps written');
  else if (!s.steps.some((step) => step.firstStep))
    gaps.push('No first step: nothing becomes a task at once');
  if (!s.standby.device && !s.standby.description) gaps.push('No standby named');
  return gaps;
}

export const TASK_WORDS: Record<TaskStatus, string> = {
  open: 'Task open',
  claimed: 'Task claimed',
  done: 'Task done',
  verified: 'Task verified',
  cancelled: 'Task cancelled',
};

/** A step's task in words: "Task claimed by Sam Patel", or that it is not a task. */
export function stepTaskWords(
  task: { status: TaskStatus; claimedBy: { name: string } | null } | null,
): string {
  if (!task) return 'Later step (not a task yet)';
  const who = task.status === 'claimed' && task.claimedBy ? ` by ${task.claimedBy.name}` : '';
  return `${TASK_WORDS[task.status]}${who}`;
}

export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
