import type { TaskCreatedData, TaskDeviceView, TaskView, UserRef } from '@cordon/contracts';
import { isTaskOverdue } from '@cordon/domain';
import type { TaskEntity } from './entities/task.entity';

const ref = (id: string | null, name: string | null): UserRef | null =>
  id ? { id, name: name ?? '' } : null;

/** The task as clients see it; `device` only when the caller looked it up (reads). */
export function toTaskView(t: TaskEntity, now: Date, device?: TaskDeviceView | null): TaskView {
  const worked = t.status === 'claimed' || t.status === 'done' || t.status === 'verified';
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    incidentId: t.incidentId,
    deviceId: t.deviceId,
    lanId: t.lanId,
    departmentId: t.departmentId,
    title: t.title,
    claimedBy: worked ? ref(t.claimedById, t.claimedByName) : null,
    // kept once the work is done: when the machine was taken on, beside who took it
    claimedAt: worked ? (t.claimedAt?.toISOString() ?? null) : null,
    dueAt: t.dueAt?.toISOString() ?? null,
    overdue: isTaskOverdue(t, now),
    evidence: t.evidence,
    note: t.note,
    completedAt: t.completedAt?.toISOString() ?? null,
    completedBy: ref(t.completedById, t.completedByName),
    verifiedAt: t.verifiedAt?.toISOString() ?? null,
    verifiedBy: ref(t.verifiedById, t.verifiedByName),
    createdAt: t.createdAt.toISOString(),
    ...(device === undefined ? {} : { device }),
  };
}

/** What the incident's event log says of a task when it is created. */
export const taskCreatedData = (t: TaskEntity, hostname: string | null): TaskCreatedData => ({
  taskId: t.id,
  kind: t.kind,
  title: t.title,
  deviceId: t.deviceId,
  hostname,
  lanId: t.lanId,
  departmentId: t.departmentId,
  dueAt: t.dueAt?.toISOString() ?? null,
});
