import type { SpineTransaction } from '@cordon/platform';
import type { TaskEntity } from './entities/task.entity';

/** Task events go on their incident's timeline, each naming the task and its department. */
export function appendTaskEvent(
  tx: SpineTransaction,
  type: `task.${string}`,
  task: TaskEntity,
  data: Record<string, unknown> = {},
) {
  return tx.appendToIncident(task.incidentId, type, {
    taskId: task.id,
    kind: task.kind,
    deviceId: task.deviceId,
    departmentId: task.departmentId,
    ...data,
  });
}
