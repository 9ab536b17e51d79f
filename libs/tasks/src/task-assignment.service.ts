import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskView } from '@cordon/contracts';
import { actorOf, AuthUser, UsersService } from '@cordon/auth';
import {
  assertIncidentOpen,
  assertMayActOnIncident,
  conflict,
  decideTaskChange,
  invalidField,
  mayWorkOnTask,
  notFound,
} from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { ReassignTaskDto } from './dto/task-commands.dto';
import { appendTaskEvent } from './task-events';
import { TaskIncidents } from './task-incidents.port';
import { isUnknownDepartment, TaskRepository } from './task.repository';
import { toTaskView } from './task-views';

/**
 * The owner moves work: to another department's queue (open there), straight to a
 * person (claimed for them), or to a new due time (left with whoever holds it); the
 * domain decides which. Optimistic: if the task was claimed or released since it was
 * read, the reassignment is refused and nothing is overwritten.
 */
@Injectable()
export class TaskAssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly incidents: TaskIncidents,
    private readonly users: UsersService,
    private readonly tasks: TaskRepository,
  ) {}

  async reassign(id: string, dto: ReassignTaskDto, user: AuthUser): Promise<TaskView> {
    if (!dto.departmentId && !dto.toUserId && dto.dueAt === undefined) {
      throw invalidField('departmentId', 'give departmentId, toUserId or dueAt to reassign');
    }
    const seen = await this.tasks.load(id);
    if (!seen) throw notFound('Task', id);
    const facts = await this.incidents.facts(this.dataSource.manager, seen.incidentId);
    if (!facts) throw notFound('Incident', seen.incidentId);
    assertMayActOnIncident(user, facts, 'reassign_task');
    assertIncidentOpen(facts);

    const departmentId = dto.departmentId ?? seen.departmentId;
    const target = dto.toUserId ? await this.users.findActive(dto.toUserId) : null;
    const decision = decideTaskChange(seen, {
      command: 'reassign',
      toUser: target && { id: target.id, name: target.name },
      departmentId,
      dueAt: dto.dueAt === undefined ? seen.dueAt : dto.dueAt ? new Date(dto.dueAt) : null,
    });
    if (dto.toUserId && !target) throw invalidField('toUserId', 'no such active user');
    if (target && !mayWorkOnTask(target, departmentId)) {
      throw invalidField('toUserId', "cannot work on that department's tasks");
    }

    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const task = await this.tasks.apply(tx.manager, id, decision);
        if (!task) throw conflict('The task changed while you reassigned it; look again');
        appendTaskEvent(tx, 'task.reassigned', task, {
          reason: dto.reason,
          from: {
            departmentId: seen.departmentId,
            claimedBy: seen.claimedById ? { id: seen.claimedById, name: seen.claimedByName } : null,
            dueAt: seen.dueAt?.toISOString() ?? null,
          },
          to: {
            departmentId: task.departmentId,
            claimedBy: task.claimedById ? { id: task.claimedById, name: task.claimedByName } : null,
            dueAt: task.dueAt?.toISOString() ?? null,
          },
        });
        return toTaskView(task, new Date());
      });
    } catch (err) {
      if (isUnknownDepartment(err)) throw invalidField('departmentId', 'no such department');
      throw err;
    }
  }
}
