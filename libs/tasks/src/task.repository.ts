import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { TaskKind } from '@cordon/contracts';
import { LIVE_TASK_STATUSES, NEW_TASK_STATUS, TaskDecision } from '@cordon/domain';
import { TaskEntity } from './entities/task.entity';
import { taskFromRow, TaskRow } from './task-rows';

/** One new task of a batch (a device's cleanup, an isolated device's work). */
export interface NewDeviceTask {
  title: string;
  deviceId: string;
  lanId: string;
  departmentId: string;
}

/** A task written by hand: for a department, about a device or a LAN or nothing. */
export interface NewActionTask {
  incidentId: string;
  departmentId: string;
  title: string;
  deviceId: string | null;
  lanId: string | null;
  dueAt: Date | null;
}

/** Positional parameters, numbered as they are added. */
class Params {
  readonly values: unknown[];
  constructor(...initial: unknown[]) {
    this.values = initial;
  }
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

/** The SET list that writes a decision: its status and what it does to claim, completion, verification. */
function setList(d: TaskDecision, p: Params): string {
  const set = [`status = ${p.add(d.to, 'text')}`];
  if (d.claim === 'clear') {
    set.push('claimed_by_id = NULL', 'claimed_by_name = NULL', 'claimed_at = NULL');
  } else if (d.claim !== 'keep') {
    const by = p.add(d.claim.take.id, 'uuid');
    set.push(
      `claimed_by_id = ${by}`,
      `claimed_by_name = ${p.add(d.claim.take.name, 'text')}`,
      // the same person keeps the time they took it on
      `claimed_at = CASE WHEN claimed_by_id = ${by} THEN COALESCE(claimed_at, now()) ELSE now() END`,
    );
  }
  if (d.completion === 'clear') {
    set.push(
      'evidence = NULL',
      'completed_at = NULL',
      'completed_by_id = NULL',
      'completed_by_name = NULL',
    );
  } else if (d.completion !== 'keep') {
    const { by, evidence, note } = d.completion;
    set.push(
      `evidence = ${p.add(evidence ? JSON.stringify(evidence) : null, 'jsonb')}`,
      `note = ${p.add(note, 'text')}`,
      'completed_at = now()',
      `completed_by_id = ${p.add(by.id, 'uuid')}`,
      `completed_by_name = ${p.add(by.name, 'text')}`,
    );
  }
  if (d.verification === 'clear') {
    set.push('verified_at = NULL', 'verified_by_id = NULL', 'verified_by_name = NULL');
  } else if (d.verification !== 'keep') {
    set.push(
      'verified_at = now()',
      `verified_by_id = ${p.add(d.verification.by.id, 'uuid')}`,
      `verified_by_name = ${p.add(d.verification.by.name, 'text')}`,
    );
  }
  if (d.assignment) {
    set.push(
      `department_id = ${p.add(d.assignment.departmentId, 'uuid')}`,
      `due_at = ${p.add(d.assignment.dueAt, 'timestamptz')}`,
    );
  }
  return [...set, 'updated_at = now()'].join(', ');
}

/** The guard: the row is still as the decision saw it. */
function guard(d: TaskDecision, p: Params): string {
  const { statuses, claimedById, claimedByOrFree, departmentId } = d.expect;
  const where = [`status = ANY(${p.add(statuses, 'text[]')})`];
  if (claimedById !== undefined) {
    where.push(`claimed_by_id IS NOT DISTINCT FROM ${p.add(claimedById, 'uuid')}`);
  }
  if (claimedByOrFree !== undefined) {
    where.push(`(claimed_by_id IS NULL OR claimed_by_id = ${p.add(claimedByOrFree, 'uuid')})`);
  }
  if (departmentId !== undefined) where.push(`department_id = ${p.add(departmentId, 'uuid')}`);
  return where.join(' AND ');
}

/** A write that named a department that does not exist. */
export const isUnknownDepartment = (err: unknown): boolean =>
  err instanceof QueryFailedError &&
  (err.driverError as { constraint?: string }).constraint === 'fk_tasks_department';

/**
 * The `tasks` table: reads of single tasks, and the writes of the domain's decisions,
 * each one conditional UPDATE guarded by the state the decision was made on. A write
 * that finds the row moved on changes nothing and answers null (or no ids).
 * Every method takes the caller's transaction manager; reads default to the pool.
 */
@Injectable()
export class TaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  async load(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TaskEntity | null> {
    const rows: TaskRow[] = await manager.query(`SELECT * FROM tasks WHERE id = $1`, [id]);
    return rows.length ? taskFromRow(rows[0]) : null;
  }

  async byIds(manager: EntityManager, ids: readonly string[]): Promise<TaskEntity[]> {
    if (ids.length === 0) return [];
    const rows: TaskRow[] = await manager.query(`SELECT * FROM tasks WHERE id = ANY($1::uuid[])`, [
      [...ids],
    ]);
    return rows.map(taskFromRow);
  }

  /** Writes a decision on one task; the new row, or null when the guard did not hold. */
  async apply(manager: EntityManager, id: string, d: TaskDecision): Promise<TaskEntity | null> {
    const p = new Params(id);
    const rows: TaskRow[] = await manager.query(
      `WITH changed AS (
         UPDATE tasks SET ${setList(d, p)} WHERE id = $1 AND ${guard(d, p)}
         RETURNING *
       )
       SELECT * FROM changed`,
      p.values,
    );
    return rows.length ? taskFromRow(rows[0]) : null;
  }

  /** Writes a decision on every task of an incident it applies to, in one statement; their ids. */
  async applyToIncident(
    manager: EntityManager,
    incidentId: string,
    d: TaskDecision,
  ): Promise<string[]> {
    const p = new Params(incidentId);
    const rows: { id: string }[] = await manager.query(
      `WITH changed AS (
         UPDATE tasks SET ${setList(d, p)} WHERE incident_id = $1 AND ${guard(d, p)}
         RETURNING id
       )
       SELECT id FROM changed ORDER BY id`,
      p.values,
    );
    return rows.map((r) => r.id);
  }

  /**
   * New tasks of one kind, in one statement. The unique indexes make it exactly once: a
   * device that has its cleanup task (or a live task of that kind) gets no second one.
   * Returns the tasks created now.
   */
  async createForDevices(
    manager: EntityManager,
    input: { incidentId: string; kind: TaskKind; dueAt: Date | null },
    tasks: readonly NewDeviceTask[],
  ): Promise<TaskEntity[]> {
    const rows: TaskRow[] = await manager.query(
      `WITH created AS (
         INSERT INTO tasks (incident_id, kind, status, title, device_id, lan_id, department_id, due_at)
         SELECT $1, $2, $3, t.title, t.device_id, t.lan_id, t.department_id, $4
         FROM unnest($5::text[], $6::uuid[], $7::uuid[], $8::uuid[])
           WITH ORDINALITY AS t(title, device_id, lan_id, department_id, n)
         ORDER BY t.n
         ON CONFLICT DO NOTHING
         RETURNING *
       )
       SELECT * FROM created`,
      [
        input.incidentId,
        input.kind,
        NEW_TASK_STATUS,
        input.dueAt,
        tasks.map((t) => t.title),
        tasks.map((t) => t.deviceId),
        tasks.map((t) => t.lanId),
        tasks.map((t) => t.departmentId),
      ],
    );
    return rows.map(taskFromRow);
  }

  createAction(manager: EntityManager, input: NewActionTask): Promise<TaskEntity> {
    return manager
      .getRepository(TaskEntity)
      .save({ ...input, kind: 'action' as const, status: NEW_TASK_STATUS });
  }

  /** The live (open or claimed) task of a kind for a device, if any: one at most. */
  async liveFor(
    manager: EntityManager,
    incidentId: string,
    deviceId: string,
    kind: TaskKind,
  ): Promise<TaskEntity | null> {
    const rows: TaskRow[] = await manager.query(
      `SELECT * FROM tasks WHERE incident_id = $1 AND device_id = $2 AND kind = $3
         AND status = ANY($4::text[])`,
      [incidentId, deviceId, kind, LIVE_TASK_STATUSES],
    );
    return rows.length ? taskFromRow(rows[0]) : null;
  }

  /** A device's cleanup task for the incident (one ever). */
  async cleanupOf(
    manager: EntityManager,
    incidentId: string,
    deviceId: string,
  ): Promise<TaskEntity | null> {
    const rows: TaskRow[] = await manager.query(
      `SELECT * FROM tasks WHERE incident_id = $1 AND device_id = $2 AND kind = 'clean_device'`,
      [incidentId, deviceId],
    );
    return rows.length ? taskFromRow(rows[0]) : null;
  }

  /** The devices' cleanup tasks, as the reopen gate reads them. */
  cleanupsOf(
    manager: EntityManager,
    incidentId: string,
    deviceIds: readonly string[],
  ): Promise<Pick<TaskEntity, 'deviceId' | 'status' | 'evidence' | 'claimedByName'>[]> {
    return manager.query(
      `SELECT device_id AS "deviceId", status, evidence, claimed_by_name AS "claimedByName"
       FROM tasks
       WHERE incident_id = $1 AND kind = 'clean_device' AND device_id = ANY($2::uuid[])`,
      [incidentId, deviceIds],
    );
  }

  /** Tasks of the incident still needing work. */
  async countLive(manager: EntityManager, incidentId: string): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM tasks WHERE incident_id = $1 AND status = ANY($2::text[])`,
      [incidentId, LIVE_TASK_STATUSES],
    );
    return row.n;
  }
}
