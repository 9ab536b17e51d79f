import { conflict, decideTask, DomainError, notFound, TaskCommand } from '@cordon/domain';
import type { TaskEntity } from './entities/task.entity';

/**
 * Why a guarded write changed nothing, from the task as it is now (read in the same
 * transaction: READ COMMITTED sees the winner's commit; never on a second connection,
 * where a transaction waiting for another pool connection can starve the pool): the
 * domain's refusal of the command on it, or else a conflict (it moved on since it was read).
 */
export function refusal(
  now: TaskEntity | null,
  id: string,
  command: TaskCommand,
  actorId: string,
): DomainError {
  if (!now) return notFound('Task', id);
  decideTask(now, command, { actorId });
  return conflict('The task changed while you acted on it; look again');
}
