import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TaskKind, TaskStatus, TaskView } from '@cordon/contracts';
import {
  cancelLiveTasks,
  decideTaskChange,
  FINISHED_TASK_STATUSES,
  GateCleanup,
  LIVE_TASK_STATUSES,
  TaskRequest,
} from '@cordon/domain';
import { SpineTransaction } from '@cordon/platform';
import { TaskEntity } from './entities/task.entity';
import { appendTaskEvent } from './task-events';
import { TaskRepository } from './task.repository';
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
 * reopen and close gates need. The spine appends the events after every row write.
 */
@Injectable()
export class IncidentTasks {
  constructor(private readonly tasks: TaskRepository) {}

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
  ): Promise<TaskView[]> {
    if (input.devices.length === 0) return [];
    const devices = [...input.devices].sort((a, b) => (a.hostname < b.hostname ? -1 : 1));
    const hostnames = new Map(devices.map((d) => [d.deviceId, d.hostname]));
    const rows = await this.tasks.createForDevices(
      tx.manager,
      input,
      devices.map((d) => ({ ...d, title: TITLES[input.kind](d.hostname) })),
    );
    const created = rows.sort((a, b) =>
      (hostnames.get(a.deviceId ?? '') ?? '') < (hostnames.get(b.deviceId ?? '') ?? '') ? -1 : 1,
    );
    const now = new Date();
    for (const task of created) {
      tx.appendToIncident(
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
  ): Promise<TaskView> {
    const task = await this.tasks.createAction(tx.manager, input);
    tx.appendToIncident(input.incidentId, 'task.created', taskCreatedData(task, null));
    return toTaskView(task, new Date());
  }

  /** These tasks as they stand (those that exist), for a feature that made them. */
  async byIds(manager: EntityManager, ids: readonly string[]): Promise<TaskView[]> {
    const now = new Date();
    return (await this.tasks.byIds(manager, ids)).map((t) => toTaskView(t, now));
  }

  /** The live task of a kind for a device, if any (one exists at most). */
  async liveTaskFor(
    manager: EntityManager,
    incidentId: string,
    deviceId: string,
    kind: TaskKind,
  ): Promise<TaskView | null> {
    const task = await this.tasks.liveFor(manager, incidentId, deviceId, kind);
    return task ? toTaskView(task, new Date()) : null;
  }

  /** Each device's cleanup task for the incident, as the reopen gate reads it. */
  async cleanupByDevice(
    manager: EntityManager,
    incidentId: string,
    deviceIds: readonly string[],
  ): Promise<Map<string, GateCleanup>> {
    if (deviceIds.length === 0) return new Map();
    const rows = await this.tasks.cleanupsOf(manager, incidentId, deviceIds);
    return new Map(
      rows.map((r) => [
        r.deviceId as string,
        { status: r.status, evidence: r.evidence, claimedByName: r.claimedByName },
      ]),
    );
  }

  /** Tasks of the incident still needing work (open or claimed). */
  async liveCount(manager: EntityManager, incidentId: string): Promise<number> {
    return this.tasks.countLive(manager, incidentId);
  }

  /** A forced close: every live task is cancelled, in one statement and one event. */
  async cancelLive(tx: SpineTransaction, incidentId: string, reason: string): Promise<number> {
    const ids = await this.tasks.applyToIncident(tx.manager, incidentId, cancelLiveTasks());
    if (ids.length) {
      tx.appendToIncident(incidentId, 'tasks.cancelled', {
        count: ids.length,
        taskIds: ids,
        reason,
      });
    }
    return ids.length;
  }

  /** A waived device's cleanup task, if it still needs work, is cancelled. */
  async cancelCleanup(
    tx: SpineTransaction,
    incidentId: string,
    deviceId: string,
    reason: string,
  ): Promise<TaskView | null> {
    const task = await this.cleanupTransition(tx, incidentId, deviceId, LIVE_TASK_STATUSES, {
      command: 'cancel',
    });
    if (task) appendTaskEvent(tx, 'task.cancelled', task, { reason });
    return task ? toTaskView(task, new Date()) : null;
  }

  /** A device detected again before its LAN reopens: its finished cleanup task is reopened. */
  async reopenCleanup(
    tx: SpineTransaction,
    incidentId: string,
    deviceId: string,
    reason: string,
  ): Promise<TaskView | null> {
    const task = await this.cleanupTransition(tx, incidentId, deviceId, FINISHED_TASK_STATUSES, {
      command: 'reopen',
    });
    if (task) appendTaskEvent(tx, 'task.reopened', task, { reason });
    return task ? toTaskView(task, new Date()) : null;
  }

  /** The device's cleanup task, moved by `request` if it is in one of the statuses `from`. */
  private async cleanupTransition(
    tx: SpineTransaction,
    incidentId: string,
    deviceId: string,
    from: readonly TaskStatus[],
    request: Extract<TaskRequest, { command: 'cancel' | 'reopen' }>,
  ): Promise<TaskEntity | null> {
    const seen = await this.tasks.cleanupOf(tx.manager, incidentId, deviceId);
    if (!seen || !from.includes(seen.status)) return null;
    return this.tasks.apply(tx.manager, seen.id, decideTaskChange(seen, request));
  }
}
