import type { TaskEntity } from './entities/task.entity';

/**
 * Where task events go: the transaction itself (`SpineTransaction`), or a batch the
 * caller appends once all its row writes are done. Appending takes the incident's
 * stream lock until commit, so every writer appends last: a transaction holding that
 * lock never waits for a row another writer holds while it waits for the lock.
 */
export interface IncidentTimeline {
  appendToIncident(
    incidentId: string,
    type: string,
    data: Record<string, unknown>,
  ): Promise<unknown>;
}

/** Task events go on their incident's timeline, each naming the task and its department. */
export function appendTaskEvent(
  timeline: IncidentTimeline,
  type: `task.${string}`,
  task: TaskEntity,
  data: Record<string, unknown> = {},
) {
  return timeline.appendToIncident(task.incidentId, type, {
    taskId: task.id,
    kind: task.kind,
    deviceId: task.deviceId,
    departmentId: task.departmentId,
    ...data,
  });
}
