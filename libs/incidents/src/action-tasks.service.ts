import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { TaskView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { assertIncidentOpen, assertMayActOnIncident, invalidField } from '@cordon/domain';
import { Spine, SpineTransaction } from '@cordon/platform';
import { IncidentTasks } from '@cordon/tasks';
import { CreateActionTaskDto } from './dto/action-task.dto';
import { IncidentRepository } from './incident.repository';

/** A hand-made task: for a department, optionally about a device or a LAN, optionally due. */
export interface ActionTaskInput {
  incidentId: string;
  departmentId: string;
  title: string;
  deviceId: string | null;
  lanId: string | null;
  dueAt: Date | null;
}

const FIELD_OF: Record<string, string> = {
  fk_tasks_department: 'departmentId',
  fk_incident_departments_department: 'departmentId',
  fk_tasks_device: 'deviceId',
  fk_tasks_lan: 'lanId',
};

/** Work the owner or command staff hand to a department by hand (beyond device cleanup). */
@Injectable()
export class ActionTasksService {
  constructor(
    private readonly spine: Spine,
    private readonly tasks: IncidentTasks,
    private readonly incidents: IncidentRepository,
  ) {}

  async create(id: string, dto: CreateActionTaskDto, user: AuthUser): Promise<TaskView> {
    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const incident = await this.incidents.lock(tx.manager, id, 'share');
        assertMayActOnIncident(
          user,
          await this.incidents.facts(tx.manager, incident),
          'create_task',
        );
        assertIncidentOpen(incident);
        return this.createIn(tx, {
          incidentId: id,
          departmentId: dto.departmentId,
          title: dto.title,
          deviceId: dto.deviceId ?? null,
          lanId: dto.lanId ?? null,
          dueAt: dto.dueAt ? new Date(dto.dueAt) : null,
        });
      });
    } catch (err) {
      const constraint =
        err instanceof QueryFailedError
          ? (err.driverError as { constraint?: string }).constraint
          : undefined;
      const field = constraint ? FIELD_OF[constraint] : undefined;
      if (field) throw invalidField(field, 'does not exist');
      throw err;
    }
  }

  /**
   * A task for a department inside the caller's transaction, its department involved in
   * the incident (so that its ITU sees it), with its `task.created` event. For other
   * features acting on an incident they have just declared or already authorised
   * (a failed patch's fall-back steps); `create` is the checked route.
   */
  async createIn(tx: SpineTransaction, task: ActionTaskInput): Promise<TaskView> {
    await this.incidents.involveDepartments(tx.manager, task.incidentId, [task.departmentId]);
    return this.tasks.createAction(tx, task);
  }
}
