import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { TaskStatus, TaskView } from '@cordon/contracts';
import { actorOf, AuthUser, UsersService } from '@cordon/auth';
import {
  assertMayActOnIncident,
  conflict,
  decideTask,
  DomainError,
  invalidField,
  mayWorkOnTask,
  notFound,
} from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { ReassignTaskDto } from './dto/task-commands.dto';
import { appendTaskEvent } from './task-events';
import { TaskIncidents } from './task-incidents.port';
import { loadTask, transitionTask } from './task-rows';
import { toTaskView } from './task-views';

const isUnknownDepartment = (err: unknown): boolean =>
  err instanceof QueryFailedError &&
  (err.driverError as { constraint?: string }).constraint === 'fk_tasks_department';

/**
 * The owner moves work: to another department's queue, straight to a person (claimed
 * for them), or to a new due time. Optimistic: if the task was claimed or released
 * since it was read, the reassignment is refused and nothing is overwritten.
 */
@Injectable()
export class TaskAssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly incidents: TaskIncidents,
    private readonly users: UsersService,
  ) {}

  async reassign(id: string, dto: ReassignTaskDto, user: AuthUser): Promise<TaskView> {
    if (!dto.departmentId && !dto.toUserId && dto.dueAt === undefined) {
      throw invalidField('departmentId', 'give departmentId, toUserId or dueAt to reassign');
    }
    const seen = await loadTask(this.dataSource.manager, id);
    if (!seen) throw notFound('Task', id);
    const facts = await this.incidents.facts(this.dataSource.manager, seen.incidentId);
    if (!facts) throw notFound('Incident', seen.incidentId);
    assertMayActOnIncident(user, facts, 'reassign_task');
    if (facts.status === 'closed')
      throw new DomainError('invalid_transition', 'The incident is closed');
    decideTask(seen, 'reassign', { toUserId: dto.toUserId ?? null });

    const departmentId = dto.departmentId ?? seen.departmentId;
    const target = dto.toUserId ? await this.users.findActive(dto.toUserId) : null;
    if (dto.toUserId && !target) throw invalidField('toUserId', 'no such active user');
    if (target && !mayWorkOnTask(target, departmentId)) {
      throw invalidField('toUserId', "cannot work on that department's tasks");
    }
    const status: TaskStatus = target
      ? 'claimed'
      : departmentId !== seen.departmentId
        ? 'open'
        : seen.status;
    const claimer =
      target ?? (status === 'claimed' ? { id: seen.claimedById, name: seen.claimedByName } : null);
    const dueAt = dto.dueAt === undefined ? seen.dueAt : dto.dueAt ? new Date(dto.dueAt) : null;

    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const task = await transitionTask(
          tx.manager,
          id,
          [seen.status],
          `status = $3, department_id = $4, claimed_by_id = $5, claimed_by_name = $6,
           claimed_at = CASE WHEN $3 = 'claimed' THEN COALESCE(CASE WHEN claimed_by_id = $5 THEN claimed_at END, now()) END,
           due_at = $7`,
          [
            status,
            departmentId,
            claimer?.id ?? null,
            claimer?.name ?? null,
            dueAt,
            seen.claimedById,
          ],
          'claimed_by_id IS NOT DISTINCT FROM $8',
        );
        if (!task) throw conflict('The task changed while you reassigned it; look again');
        await appendTaskEvent(tx, 'task.reassigned', task, {
          reason: dto.reason,
          from: {
            departmentId: seen.departmentId,
            claimedBy: seen.claimedById ? { id: seen.claimedById, name: seen.claimedByName } : null,
            dueAt: seen.dueAt?.toISOString() ?? null,
          },
          to: {
            departmentId,
            claimedBy: claimer?.id ? { id: claimer.id, name: claimer.name } : null,
            dueAt: dueAt?.toISOString() ?? null,
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
