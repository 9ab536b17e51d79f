import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { LanPlanView, Page } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import {
  assertIncidentOpen,
  assertMayActOnIncident,
  conflict,
  invalidField,
  startCompliance,
} from '@cordon/domain';
import { BaselineService, DeviceRecordsService } from '@cordon/inventory';
import { decodeCursor, encodeCursor, pageLimit, PageQueryDto, Spine } from '@cordon/platform';
import { AddLansDto } from './dto/lan-plan.dto';
import { IncidentAccess } from './incident-access.service';
import { IncidentRepository } from './incident.repository';
import { LanPlanRepository } from './lan-plan.repository';
import { PlanProgress } from './plan-progress.service';

const isLanTaken = (err: unknown): boolean =>
  err instanceof QueryFailedError &&
  (err.driverError as { constraint?: string }).constraint === 'uq_incident_lans_open_lan';

/** The LANs of an incident's plan: added as planned, listed with how far their devices are. */
@Injectable()
export class LanPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly access: IncidentAccess,
    private readonly lookup: DirectoryLookup,
    private readonly progress: PlanProgress,
    private readonly incidents: IncidentRepository,
    private readonly plans: LanPlanRepository,
    private readonly devices: DeviceRecordsService,
    private readonly baselines: BaselineService,
  ) {}

  /**
   * LANs enter the plan as planned (again: nothing changes). A LAN already in another
   * open incident's plan is refused with 409, naming that incident.
   */
  async add(id: string, dto: AddLansDto, user: AuthUser): Promise<Page<LanPlanView>> {
    const lans = new Map((await this.lookup.lans()).map((l) => [l.id, l]));
    const unknown = dto.lanIds.filter((lanId) => !lans.has(lanId));
    if (unknown.length) throw invalidField('lanIds', `no such LAN: ${unknown.join(', ')}`);
    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const incident = await this.incidents.lock(tx.manager, id, 'update');
        assertMayActOnIncident(user, await this.incidents.facts(tx.manager, incident), 'plan_lans');
        assertIncidentOpen(incident);
        const taken = (await this.plans.takenElsewhere(tx.manager, id, dto.lanIds))
          .map((t) => ({ ...t, code: lans.get(t.lanId)?.code ?? t.lanId }))
          .sort((a, b) => (a.code < b.code ? -1 : 1));
        if (taken.length) {
          throw conflict(
            `Already in another open incident's plan: ${taken.map((t) => `${t.code} (${t.reference})`).join(', ')}`,
            { field: 'lanIds', lans: taken },
          );
        }
        const added = await this.plans.add(tx.manager, id, dto.lanIds);
        const addedLans = added
          .map((lanId) => lans.get(lanId))
          .filter((l) => l !== undefined)
          .sort((a, b) => (a.code < b.code ? -1 : 1));
        await this.incidents.involveDepartments(
          tx.manager,
          id,
          addedLans.map((l) => l.departmentId),
        );
        // the devices as they stand when planned: the metrics' start-of-incident compliance
        const devices = await this.devices.onLans(
          tx.manager,
          addedLans.map((l) => l.id),
        );
        const baseline = await this.baselines.current(tx.manager);
        for (const lan of addedLans) {
          tx.appendToIncident(id, 'lan.planned', {
            lanId: lan.id,
            code: lan.code,
            departmentId: lan.departmentId,
            siteId: lan.siteId,
            compliance: startCompliance(
              devices.filter((d) => d.lanId === lan.id),
              baseline,
            ),
          });
        }
        const rows = await this.progress.rows(tx.manager, id, dto.lanIds);
        return { items: await this.progress.views(tx.manager, id, rows), nextCursor: null };
      });
    } catch (err) {
      if (isLanTaken(err)) {
        throw conflict('A LAN was put in another open incident’s plan at the same moment', {
          field: 'lanIds',
        });
      }
      throw err;
    }
  }

  async list(id: string, query: PageQueryDto, user: AuthUser): Promise<Page<LanPlanView>> {
    await this.access.load(id, user, 'read');
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 1);
    const all = await this.progress.rows(this.dataSource.manager, id);
    const rest = after ? all.filter((r) => r.code > String(after[0])) : all;
    const page = rest.slice(0, limit);
    const items = await this.progress.views(this.dataSource.manager, id, page);
    return {
      items,
      nextCursor: rest.length > limit ? encodeCursor([page[page.length - 1].code]) : null,
    };
  }
}
