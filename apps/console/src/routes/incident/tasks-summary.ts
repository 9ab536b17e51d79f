/** Pure helpers of the tasks panel: counts per department and state. */
import type { TaskStatus, TaskView } from '../../api/types';

export const SHOWN_STATUSES: { status: TaskStatus; label: string }[] = [
  { status: 'open', label: 'Open' },
  { status: 'claimed', label: 'Claimed' },
  { status: 'done', label: 'Done' },
  { status: 'verified', label: 'Verified' },
];

export type StatusCounts = Record<TaskStatus, number> & { total: number };

const empty = (): StatusCounts => ({
  open: 0,
  claimed: 0,
  done: 0,
  verified: 0,
  cancelled: 0,
  total: 0,
});

/** Tasks per department and status, departments in the order given, then any others. */
export function countByDepartment(
  tasks: readonly Pick<TaskView, 'departmentId' | 'status'>[],
): Map<string, StatusCounts> {
  const out = new Map<string, StatusCounts>();
  for (const t of tasks) {
    const c = out.get(t.departmentId) ?? empty();
    c[t.status] = (c[t.status] ?? 0) + 1;
    c.total += 1;
    out.set(t.departmentId, c);
  }
  return out;
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
