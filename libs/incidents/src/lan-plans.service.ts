import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { LanPlanView, Page } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import { assertMayActOnIncident, conflict, invalidField } from '@cordon/domain';
import { decodeCursor, encodeCursor, pageLimit, PageQueryDto, Spine } from '@cordon/platform';
import { AddLansDto } from './dto/lan-plan.dto';
import { IncidentAccess } from './incident-access.service';
import { assertOpen, factsOf, involveDepartments, lockIncident } from './incident-store';
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
        const incident = await lockIncident(tx.manager, id, 'update');
        assertMayActOnIncident(user, await factsOf(tx.manager, incident), 'plan_lans');
        assertOpen(incident);
        const taken = (
          (await tx.manager.query(
            `SELECT il.lan_id AS "lanId", i.id AS "incidentId", i.reference
             FROM incident_lans il JOIN incidents i ON i.id = il.incident_id
             WHERE il.lan_id = ANY($1::uuid[]) AND il.incident_open AND il.incident_id <> $2`,
            [dto.lanIds, id],
          )) as { lanId: string; incidentId: string; reference: string }[]
        )
          .map((t) => ({ ...t, code: lans.get(t.lanId)?.code ?? t.lanId }))
          .sort((a, b) => (a.code < b.code ? -1 : 1));
        if (taken.length) {
          throw conflict(
            `Already in another open incident's plan: ${taken.map((t) => `${t.code} (${t.reference})`).join(', ')}`,
            { field: 'lanIds', lans: taken },
          );
        }
        const added: { lan_id: string }[] = await tx.manager.query(
          `INSERT INTO incident_lans (incident_id, lan_id)
           SELECT $1, unnest($2::uuid[]) ON CONFLICT (incident_id, lan_id) DO NOTHING
           RETURNING lan_id`,
          [id, [...dto.lanIds].sort()],
        );
        const addedLans = added
          .map((a) => lans.get(a.lan_id))
          .filter((l) => l !== undefined)
          .sort((a, b) => (a.code < b.code ? -1 : 1));
        await involveDepartments(
          tx.manager,
          id,
          addedLans.map((l) => l.departmentId),
        );
        for (const lan of addedLans) {
          await tx.appendToIncident(id, 'lan.planned', {
            lanId: lan.id,
            code: lan.code,
            departmentId: lan.departmentId,
            siteId: lan.siteId,
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
