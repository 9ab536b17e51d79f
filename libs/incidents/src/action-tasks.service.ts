import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { TaskView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { assertIncidentOpen, assertMayActOnIncident, invalidField } from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { IncidentTasks } from '@cordon/tasks';
import { CreateActionTaskDto } from './dto/action-task.dto';
import { IncidentRepository } from './incident.repository';

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
        await this.incidents.involveDepartments(tx.manager, id, [dto.departmentId]);
        return this.tasks.createAction(tx, {
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
}
