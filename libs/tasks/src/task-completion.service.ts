import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { TaskView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import {
  assertIncidentOpen,
  assertMayActOnIncident,
  assertMayWorkOnTask,
  decideTaskChange,
  DomainError,
  evidenceShortfall,
  invalidField,
  isIsoDate,
  notFound,
} from '@cordon/domain';
import { BaselineService, DeviceRecordsService } from '@cordon/inventory';
import { Spine } from '@cordon/platform';
import { CompleteTaskDto } from './dto/task-commands.dto';
import { TaskEntity } from './entities/task.entity';
import { appendTaskEvent } from './task-events';
import { TaskIncidents } from './task-incidents.port';
import { refusal } from './task-refusal';
import { TaskRepository } from './task.repository';
import { toTaskView } from './task-views';

/**
 * Finishing work: completing with evidence (which updates the device record), verifying
 * by command staff, and reopening what was finished too soon.
 */
@Injectable()
export class TaskCompletionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly incidents: TaskIncidents,
    private readonly baselines: BaselineService,
    private readonly devices: DeviceRecordsService,
    private readonly tasks: TaskRepository,
  ) {}

  /**
   * Done, with evidence for a device task: refused with `evidence_below_baseline` naming
   * exactly what is missing, otherwise the device record takes the evidence (patches,
   * anti-virus, health clean) in the same transaction, so compliance follows.
   */
  async complete(id: string, dto: CompleteTaskDto, user: AuthUser): Promise<TaskView> {
    const seen = await this.tasks.load(id);
    if (!seen) throw notFound('Task', id);
    assertMayWorkOnTask(user, seen.departmentId);
    const decision = decideTaskChange(seen, {
      command: 'complete',
      actor: { id: user.id, name: user.name },
      evidence: dto.evidence ?? null,
      note: dto.note ?? null,
    });
    if (seen.deviceId && !dto.evidence) {
      throw invalidField('evidence', 'is required to complete a device task');
    }
    if (dto.evidence && !isIsoDate(dto.evidence.avSignatureDate)) {
      throw invalidField('evidence.avSignatureDate', 'is not a real date');
    }
    return this.spine.run(actorOf(user), async (tx) => {
      if (seen.deviceId && dto.evidence) await this.checkEvidence(tx.manager, seen, dto);
      const task = await this.tasks.apply(tx.manager, id, decision);
      if (!task) throw refusal(await this.tasks.load(id, tx.manager), id, 'complete', user.id);
      const device =
        task.deviceId && dto.evidence
          ? await this.devices.applyEvidence(tx.manager, task.deviceId, dto.evidence)
          : null;
      appendTaskEvent(tx, 'task.completed', task, {
        completedBy: { id: user.id, name: user.name },
        evidence: task.evidence,
        note: task.note,
        device: device ? { hostname: device.hostname, health: device.health } : null,
      });
      return toTaskView(task, new Date());
    });
  }

  async verify(id: string, user: AuthUser): Promise<TaskView> {
    const seen = await this.visible(id, user, 'verify_task');
    const verifier = { id: user.id, name: user.name };
    const decision = decideTaskChange(seen, { command: 'verify', actor: verifier });
    return this.spine.run(actorOf(user), async (tx) => {
      const task = await this.tasks.apply(tx.manager, id, decision);
      if (!task) throw refusal(await this.tasks.load(id, tx.manager), id, 'verify', user.id);
      appendTaskEvent(tx, 'task.verified', task, { verifiedBy: verifier });
      return toTaskView(task, new Date());
    });
  }

  /** Back to open (done too soon, or the machine was found infected again), with a reason. */
  async reopen(id: string, reason: string, user: AuthUser): Promise<TaskView> {
    const seen = await this.visible(id, user, 'reopen_task');
    const decision = decideTaskChange(seen, { command: 'reopen' });
    return this.spine.run(actorOf(user), async (tx) => {
      const task = await this.tasks.apply(tx.manager, id, decision);
      if (!task) throw refusal(await this.tasks.load(id, tx.manager), id, 'reopen', user.id);
      appendTaskEvent(tx, 'task.reopened', task, { reason, previousStatus: seen.status });
      return toTaskView(task, new Date());
    });
  }

  private async visible(
    id: string,
    user: AuthUser,
    action: 'verify_task' | 'reopen_task',
  ): Promise<TaskEntity> {
    const seen = await this.tasks.load(id);
    if (!seen) throw notFound('Task', id);
    const facts = await this.incidents.facts(this.dataSource.manager, seen.incidentId);
    if (!facts) throw notFound('Incident', seen.incidentId);
    assertMayActOnIncident(user, facts, action);
    assertIncidentOpen(facts);
    return seen;
  }

  private async checkEvidence(
    manager: EntityManager,
    task: TaskEntity,
    dto: CompleteTaskDto,
  ): Promise<void> {
    // one after another: a transaction's connection runs one query at a time
    const baseline = await this.baselines.current(manager);
    const [device] = await this.devices.byIds(manager, [task.deviceId as string]);
    const { missing, missingPatches } = evidenceShortfall(
      dto.evidence,
      baseline,
      device?.avProduct ?? null,
    );
    if (missing.length) {
      throw new DomainError(
        'evidence_below_baseline',
        `The evidence falls short of the standard build: missing ${missing.join(', ')}`,
        { missing, missingPatches },
      );
    }
  }
}
