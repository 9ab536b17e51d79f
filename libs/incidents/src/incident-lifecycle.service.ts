import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JOBS, QUEUES, type IncidentView, type UserView } from '@cordon/contracts';
import { actorOf, AuthUser, UsersService } from '@cordon/auth';
import {
  assertIncidentOpen,
  assertMayActOnIncident,
  assertMayOwnIncident,
  decideIncidentStatus,
  DEFAULT_UPDATE_CADENCE_MINUTES,
  formatIncidentReference,
  invalidField,
  isIncidentOwner,
  notFound,
} from '@cordon/domain';
import { Spine, SpineTransaction } from '@cordon/platform';
import { IncidentTasks } from '@cordon/tasks';
import {
  CreateIncidentDto,
  EditIncidentDto,
  HandoverDto,
  IncidentStatusDto,
  IncidentUpdateDto,
} from './dto/incident.dto';
import { IncidentEntity } from './entities';
import { IncidentEdit, IncidentRepository } from './incident.repository';
import { LanPlanRepository } from './lan-plan.repository';
import { notify, updateDueReminder } from './notify-outbox';
import { PlanProgress } from './plan-progress.service';
import { nextDue, toIncidentView } from './views';

/** `findActive` finds active users only: the ownership rule sees them as such. */
const candidate = (user: UserView | null) => (user ? { ...user, active: true } : null);

/**
 * An incident's life: declared with one owner, handed over explicitly, moved through
 * its statuses (closing behind the close gate), with updates owed to staff at a cadence.
 */
@Injectable()
export class IncidentLifecycleService {
  constructor(
    private readonly spine: Spine,
    private readonly users: UsersService,
    private readonly tasks: IncidentTasks,
    private readonly incidents: IncidentRepository,
    private readonly plans: LanPlanRepository,
    private readonly progress: PlanProgress,
  ) {}

  async create(dto: CreateIncidentDto, user: AuthUser): Promise<IncidentView> {
    return this.spine.run(actorOf(user), (tx) => this.declareIn(tx, dto, user));
  }

  /**
   * Declares an incident inside the caller's transaction (`create` runs it in its own):
   * for another feature whose declaration must commit or roll back with its own writes
   * (a failed patch's incident with its fall-back plan). The caller has authorised `user`.
   */
  async declareIn(
    tx: SpineTransaction,
    dto: CreateIncidentDto,
    user: AuthUser,
  ): Promise<IncidentView> {
    // no ownerId: the caller owns what they declare (when they may own)
    const owner = candidate(await this.users.findActive(dto.ownerId ?? user.id));
    assertMayOwnIncident(owner, 'ownerId');
    // a rollback gives the number back
    const { year, number } = await this.incidents.nextNumber(tx.manager);
    const incident = await this.incidents.insert(tx.manager, {
      reference: formatIncidentReference(year, number),
      year,
      number,
      title: dto.title,
      severity: dto.severity,
      summary: dto.summary,
      ownerId: owner.id,
      ownerName: owner.name,
      updateCadenceMinutes: dto.updateCadenceMinutes ?? DEFAULT_UPDATE_CADENCE_MINUTES,
      lastUpdateAt: await this.incidents.now(tx.manager),
      createdById: user.id,
    });
    const view = toIncidentView(incident, []);
    tx.appendToIncident(incident.id, 'incident.created', {
      reference: view.reference,
      title: view.title,
      severity: view.severity,
      summary: view.summary,
      owner: view.owner,
      updateCadenceMinutes: view.updateCadenceMinutes,
      nextUpdateDueAt: view.nextUpdateDueAt,
    });
    await tx.enqueue([
      notify('notify.owner_assigned', `owner-assigned:${incident.id}:1`, {
        incidentId: incident.id,
        userId: owner.id,
        reason: 'declared',
      }),
      ...updateDueReminder(incident.id, nextDue(incident)),
    ]);
    return view;
  }

  /** Only the current owner or an admin, to an active user who may own, with a reason; both are told. */
  async handover(id: string, dto: HandoverDto, user: AuthUser): Promise<IncidentView> {
    const target = candidate(await this.users.findActive(dto.toUserId));
    assertMayOwnIncident(target, 'toUserId');
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await this.incidents.lock(tx.manager, id, 'update');
      assertMayActOnIncident(user, await this.incidents.facts(tx.manager, incident), 'handover');
      assertIncidentOpen(incident);
      if (incident.ownerId === target.id) throw invalidField('toUserId', 'is already the owner');
      const from = { id: incident.ownerId, name: incident.ownerName };
      const to = { id: target.id, name: target.name };
      await this.incidents.setOwner(tx.manager, id, to);
      const event = tx.appendToIncident(id, 'incident.owner_changed', {
        from,
        to,
        reason: dto.reason,
      });
      // the job ids name the event's seq, known once the spine has written it
      tx.afterAppend(() =>
        tx.enqueue(
          [from, to].map((person, n) =>
            notify(
              'notify.owner_changed',
              `owner-changed:${id}:${event.seq}:${n ? 'to' : 'from'}`,
              {
                incidentId: id,
                userId: person.id,
                role: n ? 'new_owner' : 'previous_owner',
                from,
                to,
                reason: dto.reason,
              },
            ),
          ),
        ),
      );
      return this.view(tx.manager, { ...incident, ownerId: to.id, ownerName: to.name });
    });
  }

  /**
   * active → contained → recovered → closed (and back to active). Closing is refused while
   * a LAN is down or being cleaned or a task is open, unless the owner forces it with a
   * reason: then live tasks are cancelled. A status change is an update to staff.
   */
  async changeStatus(id: string, dto: IncidentStatusDto, user: AuthUser): Promise<IncidentView> {
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await this.incidents.lock(tx.manager, id, 'update');
      const facts = await this.incidents.facts(tx.manager, incident);
      assertMayActOnIncident(user, facts, 'change_status');
      const closing = dto.to === 'closed';
      const lans = closing
        ? (await this.progress.rows(tx.manager, id)).map(({ lanId, code, phase }) => ({
            lanId,
            code,
            phase,
          }))
        : [];
      const openTasks = closing ? await this.tasks.liveCount(tx.manager, id) : 0;
      const decision = decideIncidentStatus(
        incident.status,
        { to: dto.to, force: dto.force, reason: dto.reason, byOwner: isIncidentOwner(user, facts) },
        { lans, openTasks },
      );
      const changes = await this.incidents.applyStatus(
        tx.manager,
        id,
        incident.status,
        decision,
        closing ? (dto.reason ?? null) : null,
      );
      let cancelledTasks = 0;
      if (closing) {
        // the LANs of a closed incident are free for another incident's plan
        await this.plans.release(tx.manager, id);
        if (decision.forced) {
          cancelledTasks = await this.tasks.cancelLive(tx, id, `incident closed: ${dto.reason}`);
        }
      }
      const next: IncidentEntity = { ...incident, ...changes };
      const event = tx.appendToIncident(id, 'incident.status_changed', {
        from: incident.status,
        to: decision.next,
        reason: dto.reason ?? null,
        forced: decision.forced,
        overridden: decision.overridden,
        cancelledTasks,
        nextUpdateDueAt: nextDue(next)?.toISOString() ?? null,
      });
      await tx.enqueue(updateDueReminder(id, nextDue(next)));
      if (decision.next === 'closed') {
        // The post-incident review opens from the outbox (libs/reviews, `review.open`), not
        // through a port: the close commits with its job, the worker opens the review once
        // (unique per incident), and incidents knows only the job map, not the reviews lib.
        tx.afterAppend(() =>
          tx.enqueue([
            {
              queue: QUEUES.reviews,
              name: JOBS.openReview,
              jobId: `review-open:${id}:${event.seq}`,
              payload: { incidentId: id },
            },
          ]),
        );
      }
      return this.view(tx.manager, next);
    });
  }

  /** An update to staff on progress: recorded, and the update clock starts again. */
  async postUpdate(id: string, dto: IncidentUpdateDto, user: AuthUser): Promise<IncidentView> {
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await this.incidents.lock(tx.manager, id, 'update');
      assertMayActOnIncident(user, await this.incidents.facts(tx.manager, incident), 'post_update');
      assertIncidentOpen(incident);
      const next = await this.noteUpdateGiven(tx, id);
      tx.appendToIncident(id, 'incident.update_posted', {
        message: dto.message,
        nextUpdateDueAt: nextDue(next)?.toISOString() ?? null,
      });
      return this.view(tx.manager, next);
    });
  }

  async edit(id: string, dto: EditIncidentDto, user: AuthUser): Promise<IncidentView> {
    const changes = Object.fromEntries(
      Object.entries(dto).filter(([, value]) => value !== undefined),
    ) as IncidentEdit;
    if (Object.keys(changes).length === 0) {
      throw invalidField('title', 'give title, severity, summary or updateCadenceMinutes');
    }
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await this.incidents.lock(tx.manager, id, 'update');
      assertMayActOnIncident(user, await this.incidents.facts(tx.manager, incident), 'edit');
      assertIncidentOpen(incident);
      await this.incidents.edit(tx.manager, id, changes);
      const next: IncidentEntity = { ...incident, ...changes };
      tx.appendToIncident(id, 'incident.updated', {
        changes,
        nextUpdateDueAt: nextDue(next)?.toISOString() ?? null,
      });
      if (changes.updateCadenceMinutes !== undefined) {
        await tx.enqueue(updateDueReminder(id, nextDue(next)));
      }
      return this.view(tx.manager, next);
    });
  }

  /**
   * Staff were updated (a posted update, a broadcast): the next update falls due one
   * cadence from now. For other features' transactions too (broadcasts); the caller
   * appends its own event.
   */
  async noteUpdateGiven(tx: SpineTransaction, incidentId: string): Promise<IncidentEntity> {
    const touched = await this.incidents.touchUpdate(tx.manager, incidentId);
    const incident = await this.incidents.get(incidentId, tx.manager);
    if (!incident) throw notFound('Incident', incidentId);
    if (touched) await tx.enqueue(updateDueReminder(incidentId, nextDue(incident)));
    return incident;
  }

  private async view(manager: EntityManager, incident: IncidentEntity): Promise<IncidentView> {
    return toIncidentView(incident, await this.incidents.departmentsOf(manager, incident.id));
  }
}
