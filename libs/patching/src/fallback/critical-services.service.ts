import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { CriticalServiceView, EligibleOwnerView, Page } from '@cordon/contracts';
import { actorOf, AuthUser, UsersService } from '@cordon/auth';
import {
  assertMayOwnIncident,
  conflict,
  departmentScope,
  FallbackPlan,
  invalidField,
  mayOwnIncident,
  notFound,
  OWNER_ROLES,
  validateFallbackPlan,
} from '@cordon/domain';
import { DeviceRecordsService } from '@cordon/inventory';
import { Spine } from '@cordon/platform';
import { CreateCriticalServiceDto, UpdateCriticalServiceDto } from './critical-service.dto';
import { CriticalServiceRepository, CriticalServiceRow } from './critical-service.repository';
import {
  criticalServiceStream,
  recordedService,
  toCriticalServiceView,
  today,
} from './critical-service-views';

/** A race lost on a unique index, answered as the check before it would have. */
const LOST_RACE: Record<string, () => Error> = {
  uq_critical_services_name: () =>
    conflict('Another critical service has this name', { field: 'name' }),
  uq_critical_service_servers_device: () =>
    invalidField('serverIds', 'a server already hosts another critical service'),
};

/**
 * Critical services and their fall-back plans: written by owner and command staff (and
 * admins), each change one event on the service's stream in the same transaction, a
 * change only from the version it was read at. ITU members read the services with a
 * server in their department.
 */
@Injectable()
export class CriticalServicesService {
  constructor(
    private readonly spine: Spine,
    private readonly users: UsersService,
    private readonly devices: DeviceRecordsService,
    private readonly services: CriticalServiceRepository,
  ) {}

  /** By name; one page (a council has a handful of critical services). */
  async list(user: AuthUser): Promise<Page<CriticalServiceView>> {
    const rows = await this.services.list();
    const on = today();
    const items = rows
      .filter((row) => this.visible(row, user))
      .map((row) => toCriticalServiceView(row, on));
    return { items, nextCursor: null };
  }

  /** Who may be named to decide: active users who may own an incident. */
  async deciders(): Promise<Page<EligibleOwnerView>> {
    const users = await this.users.activeWithAnyRole(OWNER_ROLES);
    const items = users
      .filter((u) => mayOwnIncident({ ...u, active: true }))
      .map(({ id, name, email, roles, departmentId }) => ({
        id,
        name,
        email,
        roles,
        departmentId,
      }));
    return { items, nextCursor: null };
  }

  async get(id: string, user: AuthUser): Promise<CriticalServiceView> {
    const row = await this.services.get(id);
    if (!row || !this.visible(row, user)) throw notFound('Critical service', id);
    return toCriticalServiceView(row, today());
  }

  async create(dto: CreateCriticalServiceDto, user: AuthUser): Promise<CriticalServiceView> {
    const plan = validateFallbackPlan(dto, today());
    await this.assertDecider(dto.deciderId);
    return this.guarded(() =>
      this.spine.run(actorOf(user), async (tx) => {
        await this.assertDevices(tx.manager, plan, null);
        const id = await this.services.insert(tx.manager, plan, dto.deciderId);
        if (!id) throw conflict(`A critical service named ${plan.name} exists`, { field: 'name' });
        await this.services.setServers(tx.manager, id, plan.serverIds);
        const row = await this.mustGet(tx.manager, id);
        tx.append(criticalServiceStream(id), 'critical_service.created', {
          service: recordedService(row),
        });
        return toCriticalServiceView(row, today());
      }),
    );
  }

  async update(
    id: string,
    dto: UpdateCriticalServiceDto,
    user: AuthUser,
  ): Promise<CriticalServiceView> {
    const plan = validateFallbackPlan(dto, today());
    await this.assertDecider(dto.deciderId);
    return this.guarded(() =>
      this.spine.run(actorOf(user), async (tx) => {
        const before = await this.mustGet(tx.manager, id);
        await this.assertDevices(tx.manager, plan, id);
        if (await this.services.nameTaken(tx.manager, plan.name, id)) {
          throw conflict(`A critical service named ${plan.name} exists`, { field: 'name' });
        }
        const version = await this.services.replace(
          tx.manager,
          id,
          dto.version,
          plan,
          dto.deciderId,
        );
        if (version === null) {
          throw conflict(`The service changed since version ${dto.version}: read it again`, {
            version: before.version,
          });
        }
        await this.services.setServers(tx.manager, id, plan.serverIds);
        const row = await this.mustGet(tx.manager, id);
        tx.append(criticalServiceStream(id), 'critical_service.updated', {
          before: recordedService(before),
          service: recordedService(row),
        });
        return toCriticalServiceView(row, today());
      }),
    );
  }

  async remove(id: string, user: AuthUser): Promise<void> {
    await this.spine.run(actorOf(user), async (tx) => {
      const gone = await this.services.delete(tx.manager, id);
      if (!gone) throw notFound('Critical service', id);
      tx.append(criticalServiceStream(id), 'critical_service.deleted', { serviceId: id, ...gone });
    });
  }

  /** Owner, command and admin see every service; an ITU member those on their department's servers. */
  private visible(row: CriticalServiceRow, user: AuthUser): boolean {
    const scope = departmentScope(user);
    if (scope.kind === 'all') return true;
    if (scope.kind === 'none') return false;
    return row.servers.some((s) => s.departmentId === scope.departmentId);
  }

  private async assertDecider(deciderId: string): Promise<void> {
    const decider = await this.users.findActive(deciderId);
    assertMayOwnIncident(decider ? { ...decider, active: true } : null, 'deciderId');
  }

  /** Every server and the standby exist; no server hosts another service. */
  private async assertDevices(
    db: EntityManager,
    plan: FallbackPlan,
    id: string | null,
  ): Promise<void> {
    const found = new Set((await this.devices.byIds(db, plan.serverIds)).map((d) => d.id));
    const missing = plan.serverIds.filter((s) => !found.has(s));
    if (missing.length) throw invalidField('serverIds', `no device ${missing.join(', ')}`);
    if (plan.standbyDeviceId) {
      const [standby] = await this.devices.byIds(db, [plan.standbyDeviceId]);
      if (!standby) throw invalidField('standbyDeviceId', 'no such device');
    }
    const taken = await this.services.hostedElsewhere(db, plan.serverIds, id);
    if (taken.length) {
      const [first] = taken;
      throw invalidField('serverIds', `${first.hostname} already hosts ${first.name}`);
    }
  }

  private async mustGet(db: EntityManager, id: string): Promise<CriticalServiceRow> {
    const row = await this.services.get(id, db);
    if (!row) throw notFound('Critical service', id);
    return row;
  }

  /** A race lost on a unique index is the answer the check before it would give. */
  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      const constraint =
        err instanceof QueryFailedError
          ? (err.driverError as { constraint?: string }).constraint
          : undefined;
      const lost = constraint ? LOST_RACE[constraint] : undefined;
      if (lost) throw lost();
      throw err;
    }
  }
}
