import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { IncidentView, UserView } from '@cordon/contracts';
import { actorOf, AuthUser, UsersService } from '@cordon/auth';
import {
  assertMayActOnIncident,
  assertMayOwnIncident,
  decideIncidentStatus,
  DEFAULT_UPDATE_CADENCE_MINUTES,
  formatIncidentReference,
  invalidField,
  isIncidentOwner,
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
import { assertOpen, departmentsOf, factsOf, lockIncident } from './incident-store';
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
    private readonly plans: PlanProgress,
  ) {}

  async create(dto: CreateIncidentDto, user: AuthUser): Promise<IncidentView> {
    // no ownerId: the caller owns what they declare (when they may own)
    const owner = candidate(await this.users.findActive(dto.ownerId ?? user.id));
    assertMayOwnIncident(owner, 'ownerId');
    return this.spine.run(actorOf(user), async (tx) => {
      // the counter row's lock orders concurrent declarations; a rollback gives the number back
      const [{ year, last_number: number }] = await tx.manager.query(
        `INSERT INTO incident_counters (year, last_number)
         VALUES (extract(year FROM now() AT TIME ZONE 'UTC')::int, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = incident_counters.last_number + 1
         RETURNING year, last_number`,
      );
      const [{ now }] = await tx.manager.query(`SELECT now() AS now`);
      const incident = await tx.manager.getRepository(IncidentEntity).save({
        reference: formatIncidentReference(year, number),
        year,
        number,
        title: dto.title,
        severity: dto.severity,
        summary: dto.summary,
        status: 'active',
        ownerId: owner.id,
        ownerName: owner.name,
        updateCadenceMinutes: dto.updateCadenceMinutes ?? DEFAULT_UPDATE_CADENCE_MINUTES,
        lastUpdateAt: new Date(now),
        createdById: user.id,
        closedAt: null,
        closeReason: null,
      });
      const view = toIncidentView(incident, []);
      await tx.appendToIncident(incident.id, 'incident.created', {
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
    });
  }

  /** Only the current owner or an admin, to an active user who may own, with a reason; both are told. */
  async handover(id: string, dto: HandoverDto, user: AuthUser): Promise<IncidentView> {
    const target = candidate(await this.users.findActive(dto.toUserId));
    assertMayOwnIncident(target, 'toUserId');
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await lockIncident(tx.manager, id, 'update');
      assertMayActOnIncident(user, await factsOf(tx.manager, incident), 'handover');
      assertOpen(incident);
      if (incident.ownerId === target.id) throw invalidField('toUserId', 'is already the owner');
      const from = { id: incident.ownerId, name: incident.ownerName };
      const to = { id: target.id, name: target.name };
      await tx.manager
        .getRepository(IncidentEntity)
        .update({ id }, { ownerId: to.id, ownerName: to.name });
      const event = await tx.appendToIncident(id, 'incident.owner_changed', {
        from,
        to,
        reason: dto.reason,
      });
      await tx.enqueue(
        [from, to].map((person, n) =>
          notify('notify.owner_changed', `owner-changed:${id}:${event.seq}:${n ? 'to' : 'from'}`, {
            incidentId: id,
            userId: person.id,
            role: n ? 'new_owner' : 'previous_owner',
            from,
            to,
            reason: dto.reason,
          }),
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
      const incident = await lockIncident(tx.manager, id, 'update');
      const facts = await factsOf(tx.manager, incident);
      assertMayActOnIncident(user, facts, 'change_status');
      const closing = dto.to === 'closed';
      const lans = closing
        ? (await this.plans.rows(tx.manager, id)).map(({ lanId, code, phase }) => ({
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
      const [{ now }] = await tx.manager.query(`SELECT now() AS now`);
      const changes: Partial<IncidentEntity> = {
        status: decision.next,
        lastUpdateAt: new Date(now),
        ...(closing ? { closedAt: new Date(now), closeReason: dto.reason ?? null } : {}),
      };
      await tx.manager.getRepository(IncidentEntity).update({ id }, changes);
      let cancelledTasks = 0;
      if (closing) {
        // the LANs of a closed incident are free for another incident's plan
        await tx.manager.query(
          `UPDATE incident_lans SET incident_open = false WHERE incident_id = $1`,
          [id],
        );
        if (decision.forced) {
          cancelledTasks = await this.tasks.cancelLive(tx, id, `incident closed: ${dto.reason}`);
        }
      }
      const next = { ...incident, ...changes } as IncidentEntity;
      await tx.appendToIncident(id, 'incident.status_changed', {
        from: incident.status,
        to: decision.next,
        reason: dto.reason ?? null,
        forced: decision.forced,
        overridden: decision.overridden,
        cancelledTasks,
        nextUpdateDueAt: nextDue(next)?.toISOString() ?? null,
      });
      await tx.enqueue(updateDueReminder(id, nextDue(next)));
      return this.view(tx.manager, next);
    });
  }

  /** An update to staff on progress: recorded, and the update clock starts again. */
  async postUpdate(id: string, dto: IncidentUpdateDto, user: AuthUser): Promise<IncidentView> {
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await lockIncident(tx.manager, id, 'update');
      assertMayActOnIncident(user, await factsOf(tx.manager, incident), 'post_update');
      assertOpen(incident);
      const next = await this.noteUpdateGiven(tx, id);
      await tx.appendToIncident(id, 'incident.update_posted', {
        message: dto.message,
        nextUpdateDueAt: nextDue(next)?.toISOString() ?? null,
      });
      return this.view(tx.manager, next);
    });
  }

  async edit(id: string, dto: EditIncidentDto, user: AuthUser): Promise<IncidentView> {
    const changes = Object.fromEntries(
      Object.entries(dto).filter(([, value]) => value !== undefined),
    ) as Partial<IncidentEntity>;
    if (Object.keys(changes).length === 0) {
      throw invalidField('title', 'give title, severity, summary or updateCadenceMinutes');
    }
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await lockIncident(tx.manager, id, 'update');
      assertMayActOnIncident(user, await factsOf(tx.manager, incident), 'edit');
      assertOpen(incident);
      await tx.manager.getRepository(IncidentEntity).update({ id }, changes);
      const next = { ...incident, ...changes } as IncidentEntity;
      await tx.appendToIncident(id, 'incident.updated', {
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
    const [row] = await tx.manager.query(
      `WITH touched AS (
         UPDATE incidents SET last_update_at = now(), updated_at = now()
         WHERE id = $1 AND status <> 'closed' RETURNING id
       ) SELECT id FROM touched`,
      [incidentId],
    );
    const incident = await tx.manager
      .getRepository(IncidentEntity)
      .findOneByOrFail({ id: incidentId });
    if (row) await tx.enqueue(updateDueReminder(incidentId, nextDue(incident)));
    return incident;
  }

  private async view(manager: EntityManager, incident: IncidentEntity): Promise<IncidentView> {
    return toIncidentView(incident, await departmentsOf(manager, incident.id));
  }
}
