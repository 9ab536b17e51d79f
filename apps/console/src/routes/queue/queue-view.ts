/** Pure helpers of the ITU queue: one list from several reads, its sections, words. */
import type { LiveEvent, Problem, TaskView } from '../../api/types';
import { Live, reduceTasks } from '../../live/reducers';
import { clock } from '../../ui/time';

export type QueueTab = 'unclaimed' | 'mine' | 'done';

export interface QueueSections {
  unclaimed: Live<TaskView>[];
  mine: Live<TaskView>[];
  /** Claimed by a colleague: shown for context, not actionable. */
  colleagues: Live<TaskView>[];
  done: Live<TaskView>[];
}

const newest = (a: TaskView, b: TaskView) =>
  b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);

/**
 * Tasks read by several lists (open, claimed, done) and moved by live events, each
 * once: where two lists hold the same task, the copy a later event touched wins.
 */
export function mergeTasks(
  lists: readonly (readonly Live<TaskView>[] | undefined)[],
): Live<TaskView>[] {
  const byId = new Map<string, Live<TaskView>>();
  for (const list of lists)
    for (const task of list ?? []) {
      const seen = byId.get(task.id);
      if (!seen || (task.seq ?? 0) > (seen.seq ?? 0)) byId.set(task.id, task);
    }
  return [...byId.values()];
}

/** Unclaimed, mine, a colleague's, done: each newest first (done: latest completed first). */
export function queueSections(tasks: readonly Live<TaskView>[], meId: string): QueueSections {
  const sorted = [...tasks].sort(newest);
  const done = sorted
    .filter((t) => t.status === 'done' || t.status === 'verified')
    .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  return {
    unclaimed: sorted.filter((t) => t.status === 'open'),
    mine: sorted.filter((t) => t.status === 'claimed' && t.claimedBy?.id === meId),
    colleagues: sorted.filter((t) => t.status === 'claimed' && t.claimedBy?.id !== meId),
    done,
  };
}

const ISSUE_WORDS: Record<string, string> = {
  missing_patch: 'missing patches',
  no_av: 'no anti-virus',
  av_out_of_date: 'anti-virus out of date',
  infected: 'infected',
  isolated: 'isolated from the network',
};

/** What the machine lacks against the standard build, in words ("MS03-026, MS03-039; infected"). */
export function lacksText(task: TaskView): string {
  const d = task.device;
  if (!d) return task.deviceId ? 'machine details unavailable' : 'no machine (an action task)';
  const issues = d.issues
    .filter((i) => i !== 'missing_patch')
    .map((i) => ISSUE_WORDS[i] ?? i.replace(/_/g, ' '));
  const parts = [
    d.missingPatches.length ? `patches ${d.missingPatches.join(', ')}` : '',
    ...issues,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'nothing: meets the standard build';
}

/** The task's place: "SOC-HALL · Social Services, Civic Hall" and "HALL · Civic Hall". */
export function placeOf(task: TaskView): { lan: string; site: string } {
  const d = task.device;
  const lan = d?.lanCode ? `${d.lanCode}${d.lanName ? ` · ${d.lanName}` : ''}` : '—';
  const site =
    d?.siteCode || d?.siteName ? [d?.siteCode, d?.siteName].filter(Boolean).join(' · ') : '—';
  return { lan, site };
}

/** "Already claimed by Ivan Petrov at 14:02" from a 409 and, when read, the task as it is now. */
export function claimLostMessage(problem: Problem, now: TaskView | null): string {
  const byProblem = (problem['claimedBy'] as { name?: string | null } | null | undefined)?.name;
  const name = now?.claimedBy?.name ?? byProblem;
  if (!name) return 'Already claimed by a colleague';
  return `Already claimed by ${name}${now?.claimedAt ? ` at ${clock(now.claimedAt)}` : ''}`;
}

/** A task as the api answered it, put in place in a list (added to it when `add`). */
export function upsertTask(
  list: readonly Live<TaskView>[],
  task: TaskView,
  add: boolean,
): Live<TaskView>[] {
  const at = list.findIndex((t) => t.id === task.id);
  if (at < 0) return add ? [task, ...list] : (list as Live<TaskView>[]);
  const next = [...list];
  // a command's answer carries no machine (only reads do): keep the one we have
  next[at] = { ...task, device: task.device ?? list[at].device, seq: list[at].seq };
  return next;
}

/** What a completion recorded: "MS03-026, MS03-039 · Sophos, signatures 2026-12-01 · scan clean". */
export function evidenceText(task: TaskView): string {
  const e = task.evidence;
  if (!e) return task.note ? `note: ${task.note}` : 'no evidence recorded';
  return [
    e.patches.length ? e.patches.join(', ') : 'no patches',
    `${e.avProduct ? `${e.avProduct}, ` : ''}signatures ${e.avSignatureDate}`,
    e.scanClean ? 'scan clean' : 'scan not clean',
  ].join(' · ');
}

/**
 * A list read while events arrived: the last `missed` events (those that came during
 * the read) applied to it, in order. A list that already shows them is left as it is;
 * one read before them catches up, so a refetch never undoes a claim seen live.
 */
export function withMissedEvents(
  items: Live<TaskView>[],
  recent: readonly LiveEvent[],
  missed: number,
): Live<TaskView>[] {
  return missed > 0 ? recent.slice(-missed).reduce(reduceTasks, items) : items;
}
