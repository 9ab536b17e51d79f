/** The report's owners (handovers) and per-department task times, from the event log. */
import type {
  EventViewOf,
  ReportDepartmentRef,
  ReportDepartmentTasks,
  ReportOwnerSpan,
  UserRef,
} from '@cordon/contracts';
import { between, durationStats } from './stats';

/** Department id → its code and name (labels only; the figures come from the log). */
export type DepartmentNames = Readonly<Record<string, { code: string; name: string }>>;

export const departmentRef = (id: string, names: DepartmentNames): ReportDepartmentRef => ({
  id,
  code: names[id]?.code ?? null,
  name: names[id]?.name ?? null,
});

/** Who owned the incident when: the declaration's owner, then one span per handover. */
export function ownerSpans(events: readonly EventViewOf[], asOf: string): ReportOwnerSpan[] {
  const spans: ReportOwnerSpan[] = [];
  const open = (owner: UserRef, from: string, reason: string | null) => {
    const last = spans[spans.length - 1];
    if (last) {
      last.to = from;
      last.durationMs = between(last.from, from);
    }
    spans.push({ owner, from, to: null, durationMs: Math.max(0, between(from, asOf)), reason });
  };
  for (const e of events) {
    if (e.type === 'incident.created') open(e.data.owner, e.at, null);
    if (e.type === 'incident.owner_changed') open(e.data.to, e.at, e.data.reason);
  }
  return spans;
}

export interface TaskTimes {
  departmentId: string;
  createdAt: string;
  claimedAt: string | null;
  completedAt: string | null;
}

/**
 * Per department: its tasks (every kind), how many were claimed and completed, and the
 * time from a task's creation to its first claim and to its first completion. A task
 * counts for the department that holds it last (a reassignment moves it).
 */
export function departmentTasks(
  events: readonly EventViewOf[],
  names: DepartmentNames,
): ReportDepartmentTasks[] {
  return tasksByDepartment(taskTimes(events), names);
}

/** Each task's department (the last to hold it), creation, first claim and first completion. */
export function taskTimes(events: readonly EventViewOf[]): TaskTimes[] {
  const tasks = new Map<string, TaskTimes>();
  for (const e of events) {
    if (e.type === 'task.created') {
      tasks.set(e.data.taskId, {
        departmentId: e.data.departmentId,
        createdAt: e.at,
        claimedAt: null,
        completedAt: null,
      });
      continue;
    }
    if (!e.type.startsWith('task.')) continue;
    const task = tasks.get((e.data as { taskId?: string }).taskId ?? '');
    if (!task) continue;
    if (e.type === 'task.claimed') task.claimedAt ??= e.at;
    if (e.type === 'task.completed') task.completedAt ??= e.at;
    if (e.type === 'task.reassigned') task.departmentId = e.data.to.departmentId;
  }
  return [...tasks.values()];
}

/** The per-department figures over a list of tasks' times (also across incidents). */
export function tasksByDepartment(
  tasks: readonly TaskTimes[],
  names: DepartmentNames,
): ReportDepartmentTasks[] {
  const byDept = new Map<string, TaskTimes[]>();
  for (const t of tasks) byDept.set(t.departmentId, [...(byDept.get(t.departmentId) ?? []), t]);
  return [...byDept.entries()]
    .map(([id, list]) => {
      const claims = list.flatMap((t) => (t.claimedAt ? [between(t.createdAt, t.claimedAt)] : []));
      const completions = list.flatMap((t) =>
        t.completedAt ? [between(t.createdAt, t.completedAt)] : [],
      );
      return {
        department: departmentRef(id, names),
        tasks: list.length,
        claimed: claims.length,
        completed: completions.length,
        timeToClaim: durationStats(claims),
        timeToComplete: durationStats(completions),
      };
    })
    .sort((a, b) => (deptLabel(a.department) < deptLabel(b.department) ? -1 : 1));
}

export const deptLabel = (d: ReportDepartmentRef): string => d.code ?? d.name ?? d.id;
