import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  FallbackAttachedData,
  LinkedIncidentRef,
  NoFallbackReason,
  UserView,
} from '@cordon/contracts';
import { actorOf, AuthUser, UsersService } from '@cordon/auth';
import {
  conflict,
  FALLBACK_INCIDENT_SEVERITY,
  fallbackIncidentOwner,
  fallbackIncidentSummary,
  fallbackIncidentTitle,
  fallbackStepTaskTitle,
  firstSteps,
  isServer,
  mayOwnIncident,
  noPlanTaskTitle,
  OWNER_ROLES,
} from '@cordon/domain';
import { ActionTasksService, IncidentLifecycleService } from '@cordon/incidents';
import { DeviceRecordsService } from '@cordon/inventory';
import { Spine, SpineTransaction } from '@cordon/platform';
import { FailedPatch, PatchFailureIncidents } from '../campaigns/campaign-failure.port';
import { CriticalServiceRepository, CriticalServiceRow } from './critical-service.repository';
import { planSnapshot } from './critical-service-views';
import { FallbackIncidentEntity } from './fallback-incident.entity';
import { FallbackIncidentRepository } from './fallback-incident.repository';

interface Attachment {
  failure: FailedPatch;
  service: CriticalServiceRow | null;
  noPlan: NoFallbackReason | null;
  ownerNote: string | null;
}

const refOf = (row: FallbackIncidentEntity): LinkedIncidentRef => ({
  incidentId: row.incidentId ?? '',
  reference: row.reference ?? '',
});

const mayOwn = (user: UserView | null): UserView | null =>
  user && mayOwnIncident({ ...user, active: true }) ? user : null;

/**
 * A patch failed on a live server: an incident linked to the campaign, owned by the
 * plan's decider, severity high, with the plan attached (`incident.fallback_attached`)
 * and its first steps as tasks for the server's department. A server with no plan
 * opens one all the same, saying NO FALL-BACK PLAN. A workstation opens none (null).
 *
 * One transaction: the key (campaign, device) taken on its primary key, the incident
 * declared, the plan attached and its tasks made, or none of it. A second call at the
 * same time waits on the key's insert and answers the same incident; a retry reads it.
 */
@Injectable()
export class FallbackIncidentsService implements PatchFailureIncidents {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly users: UsersService,
    private readonly lifecycle: IncidentLifecycleService,
    private readonly actions: ActionTasksService,
    private readonly devices: DeviceRecordsService,
    private readonly services: CriticalServiceRepository,
    private readonly opened: FallbackIncidentRepository,
  ) {}

  async openForFailedPatch(
    failure: FailedPatch,
    user: AuthUser,
  ): Promise<LinkedIncidentRef | null> {
    const key = { campaignId: failure.campaignId, deviceId: failure.deviceId };
    const db = this.dataSource.manager;
    const known = await this.opened.byKey(db, key);
    if (known?.incidentId) return refOf(known);

    const [device] = await this.devices.byIds(db, [failure.deviceId]);
    const service = await this.services.ofDevice(db, failure.deviceId);
    if (!isServer({ os: device?.os ?? null }, service !== null)) return null;
    const noPlan = !service
      ? 'no_critical_service'
      : service.steps.length
        ? null
        : 'plan_has_no_steps';
    const decider = service ? mayOwn(await this.users.findActive(service.deciderId)) : null;
    const { owner, note: ownerNote } = fallbackIncidentOwner(
      decider,
      service?.deciderId ?? null,
      decider ? [] : await this.users.activeWithAnyRole(OWNER_ROLES),
    );
    const attachment = { failure, service, noPlan, ownerNote } as const;

    if (!owner) throw conflict('No active owner or command user could own the incident');
    const words = {
      service: service?.name ?? null,
      hostname: failure.hostname,
      identifier: failure.identifier,
      patch: failure.patch,
      noPlan,
      note: failure.note,
    } as const;
    return this.spine.run(actorOf(user), async (tx) => {
      if (!(await this.opened.claim(tx.manager, { ...failure, ...key }))) {
        // the other caller committed (its row is visible to this statement; had it rolled
        // back, this insert would have succeeded)
        const row = await this.opened.byKey(tx.manager, key);
        if (row?.incidentId) return refOf(row);
        throw conflict('The incident for this failure is being opened: try again');
      }
      const declared = await this.lifecycle.declareIn(
        tx,
        {
          title: fallbackIncidentTitle(words),
          severity: FALLBACK_INCIDENT_SEVERITY,
          summary: fallbackIncidentSummary(words),
          ownerId: owner.id,
        },
        user,
      );
      await this.attach(tx, declared, attachment);
      return { incidentId: declared.id, reference: declared.reference };
    });
  }

  /**
   * The plan on the incident: the snapshot in `incident.fallback_attached` (before the
   * tasks' events on the timeline), a task per first step for the server's department
   * (involved in the incident by the incidents feature), and the key's row marked attached.
   */
  private async attach(
    tx: SpineTransaction,
    incident: { id: string; reference: string },
    { failure, service, noPlan, ownerNote }: Attachment,
  ): Promise<void> {
    const attached = tx.reserve();
    const made = await this.makeTasks(tx, incident.id, failure, service);
    const plan = service && !noPlan ? planSnapshot(service) : null;
    const data: FallbackAttachedData = {
      campaignId: failure.campaignId,
      advisoryId: failure.advisoryId,
      identifier: failure.identifier,
      patch: failure.patch,
      deviceId: failure.deviceId,
      hostname: failure.hostname,
      departmentId: failure.departmentId,
      note: failure.note,
      plan,
      noPlan,
      tasks: made,
      ownerNote,
    };
    attached.appendToIncident(incident.id, 'incident.fallback_attached', data);
    const key = { campaignId: failure.campaignId, deviceId: failure.deviceId };
    await this.opened.attach(tx.manager, key, incident, {
      serviceId: service?.id ?? null,
      plan,
      noPlan,
      tasks: made,
      ownerNote,
    });
  }

  /** A task per first step, in plan order; without a plan, one to decide what to do. */
  private async makeTasks(
    tx: SpineTransaction,
    incidentId: string,
    failure: FailedPatch,
    service: CriticalServiceRow | null,
  ): Promise<FallbackAttachedData['tasks']> {
    const steps = service?.steps.length ? firstSteps(service.steps) : [];
    const wanted = service?.steps.length
      ? steps.map((s) => ({
          position: s.position as number | null,
          title: fallbackStepTaskTitle(service.name, s.position, s.text),
        }))
      : [{ position: null, title: noPlanTaskTitle(failure.hostname) }];
    const made: FallbackAttachedData['tasks'] = [];
    for (const { position, title } of wanted) {
      const task = await this.actions.createIn(tx, {
        incidentId,
        departmentId: failure.departmentId,
        title,
        // an incident holds one live task of a kind per device: the steps name the server in
        // their titles instead, so that a plan's several first steps can all be open at once
        deviceId: null,
        lanId: null,
        dueAt: null,
      });
      made.push({ position, taskId: task.id, title });
    }
    return made;
  }
}
