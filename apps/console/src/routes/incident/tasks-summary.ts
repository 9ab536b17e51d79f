/** Pure helpers of the tasks panel: a department's total, its tasks in the order shown. */
import type { TaskStatus, TaskSummaryRow, TaskView } from '../../api/types';

export const SHOWN_STATUSES: { status: TaskStatus; label: string }[] = [
  { status: 'open', label: 'Open' },
  { status: 'claimed', label: 'Claimed' },
  { status: 'done', label: 'Done' },
  { status: 'verified', label: 'Verified' },
];

/** Every task of a department's summary row, cancelled ones included. */
export function totalOf(row: Pick<TaskSummaryRow, TaskStatus>): number {
  return row.open + row.claimed + row.done + row.verified + row.cancelled;
}

/** One department's tasks with a status (all when null), needing work first, then by host. */
export function tasksOf<
  T extends Pick<TaskView, 'departmentId' | 'status' | 'title'> & {
    device?: { hostname: string } | null;
  },
>(tasks: readonly T[], departmentId: string, status: TaskStatus | null): T[] {
  const rank: Record<TaskStatus, number> = {
    open: 0,
    claimed: 1,
    done: 2,
    verified: 3,
    cancelled: 4,
  };
  return tasks
    .filter((t) => t.departmentId === departmentId && (status === null || t.status === status))
    .sort((a, b) => rank[a.status] - rank[b.status] || label(a).localeCompare(label(b)));
}

/** What names a task in a list: its machine, or its title for an action. */
export function label(task: { title: string; device?: { hostname: string } | null }): string {
  return task.device?.hostname ?? task.title;
}
