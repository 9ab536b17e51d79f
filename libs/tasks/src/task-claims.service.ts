import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import {
  assertMayActOnIncident,
  assertMayWorkOnTask,
  decideTaskChange,
  isClaimedBy,
  notFound,
  readableDepartment,
} from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { TaskIncidents } from './task-incidents.port';
import { appendTaskEvent } from './task-events';
import { refusal } from './task-refusal';
import { TaskRepository } from './task.repository';
import { toTaskView } from './task-views';

/**
 * Claiming and releasing tasks. A claim is one conditional UPDATE (`… WHERE status =
 * 'open'`): under any concurrency exactly one claimer changes the row; the others
 * find it claimed and get `already_claimed`. Only the winner's transaction appends
 * `task.claimed`. Claiming a task you hold already answers it unchanged (idempotent).
 */
@Injectable()
export class TaskClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly incidents: TaskIncidents,
    private readonly tasks: TaskRepository,
  ) {}

  async claim(id: string, user: AuthUser): Promise<TaskView> {
    const seen = await this.tasks.load(id);
    if (!seen) throw notFound('Task', id);
    assertMayWorkOnTask(user, seen.departmentId);
    const decision = decideTaskChange(seen, {
      command: 'claim',
      actor: { id: user.id, name: user.name },
    });
    // yours already: the same answer again, and no second event
    if (!decision) return toTaskView(seen, new Date());
    return this.spine.run(actorOf(user), async (tx) => {
      const task = await this.tasks.apply(tx.manager, id, decision);
      if (!task) {
        const now = await this.tasks.load(id, tx.manager);
        // your own claim in flight beside this one won: answer it as it is
        if (now && isClaimedBy(now, user.id)) return toTaskView(now, new Date());
        throw refusal(now, id, 'claim', user.id);
      }
      appendTaskEvent(tx, 'task.claimed', task, {
        claimedBy: { id: user.id, name: user.name },
      });
      return toTaskView(task, new Date());
    });
  }

  /** Back to the queue: by the claimer, the incident owner or command staff. */
  async unclaim(id: string, user: AuthUser): Promise<TaskView> {
    const seen = await this.tasks.load(id);
    if (!seen) throw notFound('Task', id);
    readableDepartment(user, seen.departmentId);
    // released only as seen: never a claim taken since
    const decision = decideTaskChange(seen, { command: 'unclaim' });
    if (seen.claimedById !== user.id) {
      const facts = await this.incidents.facts(this.dataSource.manager, seen.incidentId);
      if (!facts) throw notFound('Incident', seen.incidentId);
      assertMayActOnIncident(user, facts, 'unclaim_task');
    }
    return this.spine.run(actorOf(user), async (tx) => {
      const task = await this.tasks.apply(tx.manager, id, decision);
      if (!task) throw refusal(await this.tasks.load(id, tx.manager), id, 'unclaim', user.id);
      appendTaskEvent(tx, 'task.unclaimed', task, {
        previousClaimer: { id: seen.claimedById, name: seen.claimedByName },
      });
      return toTaskView(task, new Date());
    });
  }
}
