import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TaskKind, TaskView } from '@cordon/contracts';
import { GateCleanup, LIVE_TASK_STATUSES, TASK_TRANSITIONS } from '@cordon/domain';
import { SpineTransaction } from '@cordon/platform';
import { TaskEntity } from './entities/task.entity';
import { appendTaskEvent, IncidentTimeline } from './task-events';
import { TaskRow, taskFromRow, transitionTask } from './task-rows';
import { taskCreatedData, toTaskView } from './task-views';

/** A device a task is created for. */
export interface DeviceTaskTarget {
  deviceId: string;
  hostname: string;
  lanId: string;
  departmentId: string;
}

const TITLES: Record<Exclude<TaskKind, 'action'>, (hostname: string) => string> = {
  clean_device: (h) => `Clean ${h}: patch, update anti-virus, scan`,
  isolate_and_clean: (h) => `Isolated ${h}: clean it before it rejoins the network`,
};

/**
 * What the incidents feature asks of tasks, inside its own transaction (pass its
 * `SpineTransaction` or manager): creating tasks with their events in the same
 * transaction as the shutdown or detection that caused them, and the facts the
 * reopen and close gates need. Commands that write more rows afterwards pass a
 * `timeline` that holds the events until those writes are done.
 */
@Injectable()
export class IncidentTasks {
  /**
   * One task of `kind` per device. The unique indexes make it exactly once: a device
   * that already has its cleanup task (or a live task of that kind) gets no second one.
   * Returns the tasks created now, each with its `task.created` event.
   */
  async createForDevices(
    tx: SpineTransaction,
    input: {
      incidentId: string;
      kind: Exclude<TaskKind, 'action'>;
      devices: readonly DeviceTaskTarget[];
      dueAt: Date | null;
    },
    timeline: IncidentTimeline = tx,
  ): Promise<TaskView[]> {
    if (input.devices.length === 0) return [];
    const devices = [...input.devices].sort((a, b) => (a.hostname < b.hostname ? -1 : 1));
    const hostnames = new Map(devices.map((d) => [d.deviceId, d.hostname]));
    const rows: TaskRow[] = await tx.manager.query(
      `WITH created AS (
         INSERT INTO tasks (incident_id, kind, status, title, device_id, lan_id, department_id, due_at)
         SELECT $1, $2, 'open', t.title, t.device_id, t.lan_id, t.department_id, $3
         FROM unnest($4::text[], $5::uuid[], $6::uuid[], $7::uuid[])
           WITH ORDINALITY AS t(title, device_id, lan_id, department_id, n)
         ORDER BY t.n
         ON CONFLICT DO NOTHING
         RETURNING *
       )
       SELECT * FROM created`,
      [
        input.incidentId,
        input.kind,
        input.dueAt,
        devices.map((d) => TITLES[input.kind](d.hostname)),
        devices.map((d) => d.deviceId),
        devices.map((d) => d.lanId),
        devices.map((d) => d.departmentId),
      ],
    );
    const created = rows
      .map(taskFromRow)
      .sort((a, b) =>
        (hostnames.get(a.deviceId ?? '') ?? '') < (hostnames.get(b.deviceId ?? '') ?? '') ? -1 : 1,
      );
    const now = new Date();
    for (const task of created) {
      await timeline.appendToIncident(
        task.incidentId,
        'task.created',
        taskCreatedData(task, hostnames.get(task.deviceId ?? '') ?? null),
      );
    }
    return created.map((t) => toTaskView(t, now));
  }

  /** A task the owner or command staff write by hand for a department. */
  async createAction(
    tx: SpineTransaction,
    input: {
      incidentId: string;
      departmentId: string;
      title: string;
      deviceId: string | null;
      lanId: string | null;
      dueAt: Date | null;
    },
    timeline: IncidentTimeline = tx,
  ): Promise<TaskView> {
    const task = await tx.manager.getRepository(TaskEntity).save({
      incidentId: input.incidentId,
      kind: 'action',
      status: 'open',
      title: input.title,
      deviceId: input.deviceId,
      lanId: input.lanId,
      departmentId: input.departmentId,
      dueAt: input.dueAt,
    });
    await timeline.appendToIncident(input.incidentId, 'task.created', taskCreatedData(task, null));
    return toTaskView(task, new Date());
  }

  /** The live task of a kind for a device, if any (one exists at most). */
  async liveTaskFor(
    manager: EntityManager,
    incidentId: string,
    deviceId: string,
    kind: TaskKind,
  ): Promise<TaskView | null> {
    const rows: TaskRow[] = await manager.query(
      `SELECT * FROM tasks WHERE incident_id = $1 AND device_id = $2 AND kind = $3
         AND status = ANY($4::text[])`,
      [incidentId, deviceId, kind, LIVE_TASK_STATUSES],
    );
    return rows.length ? toTaskView(taskFromRow(rows[0]), new Date()) : null;
  }

  /** Each device's cleanup task for the incident, as the reopen gate reads it. */
  async cleanupByDevice(
    manager: EntityManager,
    incidentId: string,
    deviceIds: readonly string[],
  ): Promise<Map<string, GateCleanup>> {
    if (deviceIds.length === 0) return new Map();
    const rows: {
      device_id: string;
      status: GateCleanup['status'];
      evidence: GateCleanup['evidence'];
      claimed_by_name: string | null;
    }[] = await manager.query(
      `SELECT device_id, status, evidence, claimed_by_name FROM tasks
       WHERE incident_id = $1 AND kind = 'clean_device' AND device_id = ANY($2::uuid[])`,
      [incidentId, deviceIds],
    );
    return new Map(
      rows.map((r) => [
        r.device_id,
        { status: r.status, evidence: r.evidence, claimedByName: r.claimed_by_name },
      ]),
    );
  }

  /** Tasks of the incident still needing work (open or claimed). */
  async liveCount(manager: EntityManager, incidentId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM tasks WHERE incident_id = $1 AND status = ANY($2::text[])`,
      [incidentId, LIVE_TASK_STATUSES],
    );
    return row.n as number;
  }

  /** A forced close: every live task is cancelled, in one statement and one event. */
  async cancelLive(tx: SpineTransaction, incidentId: string, reason: string): Promise<number> {
    const rows: { id: string }[] = await tx.manager.query(
      `WITH cancelled AS (
         UPDATE tasks SET status = 'cancelled', claimed_by_id = NULL, claimed_by_name = NULL,
                          claimed_at = NULL, updated_at = now()
         WHERE incident_id = $1 AND status = ANY($2::text[])
         RETURNING id
       )
       SELECT id FROM cancelled ORDER BY id`,
      [incidentId, TASK_TRANSITIONS.cancel.from],
    );
    if (rows.length) {
      await tx.appendToIncident(incidentId, 'tasks.cancelled', {
        count: rows.length,
        taskIds: rows.map((r) => r.id),
        reason,
      });
    }
    return rows.length;
  }

  /** A waived device's cleanup task, if it still needs work, is cancelled. */
  async cancelCleanup(
    tx: SpineTransaction,
    incidentId: string,
    deviceId: string,
    reason: string,
    timeline: IncidentTimeline = tx,
  ): Promise<TaskView | null> {
    const task = await this.cleanupTransition(
      tx,
      incidentId,
      deviceId,
      TASK_TRANSITIONS.cancel.from,
      `status = 'cancelled', claimed_by_id = NULL, claimed_by_name = NULL, claimed_at = NULL`,
    );
    if (task) await appendTaskEvent(timeline, 'task.cancelled', task, { reason });
    return task ? toTaskView(task, new Date()) : null;
  }

  /** A device detected again before its LAN reopens: its finished cleanup task is reopened. */
  async reopenCleanup(
    tx: SpineTransaction,
    incidentId: string,
    deviceId: string,
    reason: string,
    timeline: IncidentTimeline = tx,
  ): Promise<TaskView | null> {
    const task = await this.cleanupTransition(
      tx,
      incidentId,
      deviceId,
      ['done', 'verified'],
      `status = 'open', claimed_by_id = NULL, claimed_by_name = NULL, claimed_at = NULL,
       evidence = NULL, completed_at = NULL, completed_by_id = NULL, completed_by_name = NULL,
       verified_at = NULL, verified_by_id = NULL, verified_by_name = NULL`,
    );
    if (task) await appendTaskEvent(timeline, 'task.reopened', task, { reason });
    return task ? toTaskView(task, new Date()) : null;
  }

  private async cleanupTransition(
    tx: SpineTransaction,
    incidentId: string,
    deviceId: string,
    from: readonly TaskEntity['status'][],
    set: string,
  ): Promise<TaskEntity | null> {
    const [row]: { id: string }[] = await tx.manager.query(
      `SELECT id FROM tasks WHERE incident_id = $1 AND device_id = $2 AND kind = 'clean_device'`,
      [incidentId, deviceId],
    );
    return row ? transitionTask(tx.manager, row.id, from, set) : null;
  }
}
