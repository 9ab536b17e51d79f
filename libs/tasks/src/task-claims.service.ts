import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TaskView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import {
  assertMayActOnIncident,
  assertMayWorkOnTask,
  decideTask,
  isClaimedBy,
  notFound,
  readableDepartment,
  TASK_TRANSITIONS,
} from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { TaskIncidents } from './task-incidents.port';
import { loadTask, refusal, transitionTask } from './task-rows';
import { appendTaskEvent } from './task-events';
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
  ) {}

  async claim(id: string, user: AuthUser): Promise<TaskView> {
    const seen = await loadTask(this.dataSource.manager, id);
    if (!seen) throw notFound('Task', id);
    assertMayWorkOnTask(user, seen.departmentId);
    // yours already: the same answer again, and no second event
    if (isClaimedBy(seen, user.id)) return toTaskView(seen, new Date());
    decideTask(seen, 'claim', { actorId: user.id });
    return this.spine.run(actorOf(user), async (tx) => {
      const task = await transitionTask(
        tx.manager,
        id,
        TASK_TRANSITIONS.claim.from,
        `status = 'claimed', claimed_by_id = $3, claimed_by_name = $4, claimed_at = now()`,
        [user.id, user.name, seen.departmentId],
        'department_id = $5',
      );
      if (!task) {
        // your own claim in flight beside this one won: answer it as it is
        const now = await loadTask(tx.manager, id);
        if (now && isClaimedBy(now, user.id)) return toTaskView(now, new Date());
        throw await refusal(tx.manager, id, 'claim', user.id);
      }
      await appendTaskEvent(tx, 'task.claimed', task, {
        claimedBy: { id: user.id, name: user.name },
      });
      return toTaskView(task, new Date());
    });
  }

  /** Back to the queue: by the claimer, the incident owner or command staff. */
  async unclaim(id: string, user: AuthUser): Promise<TaskView> {
    const seen = await loadTask(this.dataSource.manager, id);
    if (!seen) throw notFound('Task', id);
    readableDepartment(user, seen.departmentId);
    decideTask(seen, 'unclaim', { actorId: user.id });
    const byClaimer = seen.claimedById === user.id;
    if (!byClaimer) {
      const facts = await this.incidents.facts(this.dataSource.manager, seen.incidentId);
      if (!facts) throw notFound('Incident', seen.incidentId);
      assertMayActOnIncident(user, facts, 'unclaim_task');
    }
    return this.spine.run(actorOf(user), async (tx) => {
      // the claimer may release only their own claim, not one taken since
      const task = await transitionTask(
        tx.manager,
        id,
        TASK_TRANSITIONS.unclaim.from,
        `status = 'open', claimed_by_id = NULL, claimed_by_name = NULL, claimed_at = NULL`,
        byClaimer ? [user.id] : [],
        byClaimer ? 'claimed_by_id = $3' : '',
      );
      if (!task) throw await refusal(tx.manager, id, 'unclaim', user.id);
      await appendTaskEvent(tx, 'task.unclaimed', task, {
        previousClaimer: { id: seen.claimedById, name: seen.claimedByName },
      });
      return toTaskView(task, new Date());
    });
  }
}
