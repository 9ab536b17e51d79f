import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import {
  assertMayActOnIncident,
  assertMayWorkOnTask,
  decideClaimUnread,
  decideTaskChange,
  isClaimedBy,
  notFound,
  readableDepartment,
  taskWorkScope,
} from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { TaskIncidents } from './task-incidents.port';
import { appendTaskEvent } from './task-events';
import { refusal } from './task-refusal';
import { TaskRepository } from './task.repository';
import { toTaskView } from './task-views';
import type { TaskEntity } from './entities/task.entity';

/**
 * Claiming and releasing tasks. A claim is one conditional UPDATE (`… WHERE status =
 * 'open'` and, for an ITU member, in their department), decided before the task is
 * read: under any concurrency exactly one claimer changes the row, and only the
 * winner's transaction appends `task.claimed`. A claim the guard stops is answered
 * from the row as it is then: claiming a task you hold already answers it unchanged
 * (idempotent); another's claim is `already_claimed`, naming them; another department's
 * task is `forbidden`. So a claim that wins is the UPDATE and the event append, nothing
 * more.
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
    const claimer = { id: user.id, name: user.name };
    const decision = decideClaimUnread(claimer, taskWorkScope(user));
    if (!decision) return claimedAsItIs(await this.tasks.load(id), id, user);
    return this.spine.run(actorOf(user), async (tx) => {
      const task = await this.tasks.apply(tx.manager, id, decision);
      // not open, another department's, or none: the row as it is now says which
      if (!task) return claimedAsItIs(await this.tasks.load(id, tx.manager), id, user);
      appendTaskEvent(tx, 'task.claimed', task, { claimedBy: claimer });
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

/**
 * A claim the guarded write did not make, answered from the task as it is now (read in
 * the claim's transaction, see `refusal`): none, another department's, yours already
 * (claimed before, or by your own claim in flight beside this one: the same answer
 * again, and no second event), or the domain's refusal (`already_claimed` naming the
 * holder).
 */
function claimedAsItIs(now: TaskEntity | null, id: string, user: AuthUser): TaskView {
  if (!now) throw notFound('Task', id);
  assertMayWorkOnTask(user, now.departmentId);
  if (isClaimedBy(now, user.id)) return toTaskView(now, new Date());
  throw refusal(now, id, 'claim', user.id);
}
