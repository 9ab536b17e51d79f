import type { EntityManager } from 'typeorm';
import type { TaskStatus } from '@cordon/contracts';
import { conflict, decideTask, DomainError, notFound, TaskCommand } from '@cordon/domain';
import type { TaskEntity } from './entities/task.entity';

/** A `tasks` row as PostgreSQL returns it (RETURNING *), snake_case. */
type TaskRow = Record<string, unknown>;

const date = (v: unknown): Date | null =>
  v === null || v === undefined ? null : new Date(v as string);

export function taskFromRow(row: TaskRow): TaskEntity {
  return {
    id: row['id'] as string,
    incidentId: row['incident_id'] as string,
    kind: row['kind'] as TaskEntity['kind'],
    status: row['status'] as TaskStatus,
    title: row['title'] as string,
    deviceId: (row['device_id'] as string | null) ?? null,
    lanId: (row['lan_id'] as string | null) ?? null,
    departmentId: row['department_id'] as string,
    claimedById: (row['claimed_by_id'] as string | null) ?? null,
    claimedByName: (row['claimed_by_name'] as string | null) ?? null,
    claimedAt: date(row['claimed_at']),
    dueAt: date(row['due_at']),
    evidence: (row['evidence'] as TaskEntity['evidence']) ?? null,
    note: (row['note'] as string | null) ?? null,
    completedAt: date(row['completed_at']),
    completedById: (row['completed_by_id'] as string | null) ?? null,
    completedByName: (row['completed_by_name'] as string | null) ?? null,
    verifiedAt: date(row['verified_at']),
    verifiedById: (row['verified_by_id'] as string | null) ?? null,
    verifiedByName: (row['verified_by_name'] as string | null) ?? null,
    createdAt: date(row['created_at']) as Date,
    updatedAt: date(row['updated_at']) as Date,
  };
}

/**
 * A guarded transition: `UPDATE tasks SET … WHERE id = $1 AND status = ANY(from) [AND …]`,
 * returning the new row, or null when the guard did not hold (someone else got there
 * first). `set` and `guard` are SQL fragments using parameters from $3 on.
 */
export async function transitionTask(
  manager: EntityManager,
  id: string,
  from: readonly TaskStatus[],
  set: string,
  params: unknown[] = [],
  guard = '',
): Promise<TaskEntity | null> {
  const rows: TaskRow[] = await manager.query(
    `WITH changed AS (
       UPDATE tasks SET ${set}, updated_at = now()
       WHERE id = $1 AND status = ANY($2::text[]) ${guard ? `AND ${guard}` : ''}
       RETURNING *
     )
     SELECT * FROM changed`,
    [id, from, ...params],
  );
  return rows.length ? taskFromRow(rows[0]) : null;
}

export async function loadTask(manager: EntityManager, id: string): Promise<TaskEntity | null> {
  const rows: TaskRow[] = await manager.query(`SELECT * FROM tasks WHERE id = $1`, [id]);
  return rows.length ? taskFromRow(rows[0]) : null;
}

/**
 * Why a guarded update changed nothing: the task moved on since it was read. Read in the
 * same transaction (READ COMMITTED sees the winner's commit), never on a second
 * connection: a transaction waiting for another pool connection can starve the pool.
 */
export async function refusal(
  manager: EntityManager,
  id: string,
  command: TaskCommand,
  actorId: string,
): Promise<DomainError> {
  const now = await loadTask(manager, id);
  if (!now) return notFound('Task', id);
  decideTask(now, command, { actorId });
  return conflict('The task changed while you acted on it; look again');
}

export { type TaskRow };
