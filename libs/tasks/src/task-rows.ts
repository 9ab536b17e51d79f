import type { TaskStatus } from '@cordon/contracts';
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

export { type TaskRow };
