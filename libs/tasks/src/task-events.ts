import type { EventData, EventType, TaskSubject } from '@cordon/contracts';
import type { EventAppender } from '@cordon/platform';
import type { TaskEntity } from './entities/task.entity';

/** Task events after `task.created`: each names the task and its department. */
export type TaskChangeEvent = Exclude<Extract<EventType, `task.${string}`>, 'task.created'>;

/** A task event on its incident's timeline, the task named by its subject fields. */
export function appendTaskEvent<T extends TaskChangeEvent>(
  tx: EventAppender,
  type: T,
  task: TaskEntity,
  data: Omit<EventData<T>, keyof TaskSubject>,
) {
  const subject: TaskSubject = {
    taskId: task.id,
    kind: task.kind,
    deviceId: task.deviceId,
    departmentId: task.departmentId,
  };
  // the subject and the rest of T's data make T's data, which TypeScript cannot see through Omit
  return tx.appendToIncident(task.incidentId, type, { ...subject, ...data } as EventData<T>);
}
