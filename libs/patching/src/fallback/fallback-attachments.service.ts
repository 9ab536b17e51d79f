import { Injectable } from '@nestjs/common';
import type { FallbackAttachmentView, TaskView } from '@cordon/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@cordon/auth';
import { notFound } from '@cordon/domain';
import { IncidentAccess } from '@cordon/incidents';
import { IncidentTasks } from '@cordon/tasks';
import { FallbackIncidentRepository } from './fallback-incident.repository';

const taskOf = (t: TaskView) => ({ id: t.id, status: t.status, claimedBy: t.claimedBy });

/** The fall-back plan attached to an incident, readable by whoever may read the incident. */
@Injectable()
export class FallbackAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: IncidentAccess,
    private readonly tasks: IncidentTasks,
    private readonly opened: FallbackIncidentRepository,
  ) {}

  async get(incidentId: string, user: AuthUser): Promise<FallbackAttachmentView> {
    await this.access.load(incidentId, user, 'read');
    const row = await this.opened.byIncident(incidentId);
    // no plan attached: not an incident a failed patch opened
    if (!row?.attachedAt) throw notFound('Fall-back plan of incident', incidentId);
    const states = new Map(
      (
        await this.tasks.byIds(
          this.dataSource.manager,
          row.tasks.map((t) => t.taskId),
        )
      ).map((t) => [t.id, t]),
    );
    const byPosition = new Map(row.tasks.map((t) => [t.position, states.get(t.taskId)]));
    return {
      incidentId,
      campaignId: row.campaignId,
      advisoryId: row.advisoryId,
      identifier: row.identifier,
      patch: row.patch,
      device: { id: row.deviceId, hostname: row.hostname, departmentId: row.departmentId },
      note: row.note,
      attachedAt: row.createdAt.toISOString(),
      plan: row.plan && {
        serviceId: row.plan.serviceId,
        name: row.plan.name,
        version: row.plan.version,
        standby: row.plan.standby,
        decider: row.plan.decider,
        lastReviewedOn: row.plan.lastReviewedOn,
        steps: row.plan.steps.map((step, position) => {
          const task = byPosition.get(position);
          return { ...step, position, task: task ? taskOf(task) : null };
        }),
      },
      noPlan: row.noPlan,
      otherTasks: row.tasks
        .filter((t) => t.position === null)
        .flatMap((t) => {
          const task = states.get(t.taskId);
          return task ? [{ ...taskOf(task), title: task.title }] : [];
        }),
      ownerNote: row.ownerNote,
    };
  }
}
