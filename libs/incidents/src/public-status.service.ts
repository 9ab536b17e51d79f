import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import type { StatusIncident, StatusSite, StatusView } from '@cordon/contracts';
import { DirectoryLookup } from '@cordon/directory';
import { incidentStream } from '@cordon/platform';
import { IncidentEntity, IncidentLanEntity } from './entities';
import { PlanProgress } from './plan-progress.service';
import { toIncidentView } from './views';

/**
 * What staff may see without logging in: each incident not yet closed, in plain words,
 * its severity and the owner's latest update, its LANs by name with their phases and
 * how many machines are done (verified or waived, as on the LAN board), when the next
 * update is due; and every site and LAN by name, for the fault-report form. One set of
 * queries per refresh (the caller caches and debounces).
 */
@Injectable()
export class PublicStatus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lookup: DirectoryLookup,
    private readonly progress: PlanProgress,
  ) {}

  async current(): Promise<StatusView> {
    const manager = this.dataSource.manager;
    const incidents = await manager
      .getRepository(IncidentEntity)
      .find({ where: { status: Not('closed') }, order: { severity: 'ASC', createdAt: 'ASC' } });
    const ids = incidents.map((i) => i.id);
    const plans = ids.length
      ? await manager
          .getRepository(IncidentLanEntity)
          .createQueryBuilder('p')
          .where('p.incident_id IN (:...ids)', { ids })
          .getMany()
      : [];
    const latest = await this.latestUpdates(ids);
    const [sites, lans] = [await this.lookup.sites(manager), await this.lookup.lans(manager)];
    const siteById = new Map(sites.map((s) => [s.id, s]));
    const lanById = new Map(lans.map((l) => [l.id, l]));
    const progress = new Map<string, Awaited<ReturnType<PlanProgress['forLans']>>>();
    for (const incident of incidents) {
      const lanIds = plans.filter((p) => p.incidentId === incident.id).map((p) => p.lanId);
      if (lanIds.length) {
        progress.set(incident.id, await this.progress.forLans(manager, incident.id, lanIds));
      }
    }
    return {
      incidents: incidents.map((incident): StatusIncident => {
        const view = toIncidentView(incident, []);
        const gates = progress.get(incident.id);
        return {
          reference: view.reference,
          title: view.title,
          status: view.status,
          severity: view.severity,
          nextUpdateDueAt: view.nextUpdateDueAt,
          latestUpdate: latest.get(incident.id) ?? null,
          lans: plans
            .filter((p) => p.incidentId === incident.id)
            .map((p) => {
              const lan = lanById.get(p.lanId);
              const site = lan ? siteById.get(lan.siteId) : undefined;
              const gate = gates?.get(p.lanId);
              return {
                code: lan?.code ?? p.lanId,
                phase: p.phase,
                lanId: p.lanId,
                name: lan?.name ?? '',
                siteId: site?.id ?? '',
                siteCode: site?.code ?? '',
                siteName: site?.name ?? '',
                devices: {
                  total: gate?.total ?? 0,
                  done: (gate?.verified ?? 0) + (gate?.waived ?? 0),
                },
              };
            })
            .sort((a, b) => a.code.localeCompare(b.code)),
        };
      }),
      sites: sites.map((site): StatusSite => ({
        id: site.id,
        code: site.code,
        name: site.name,
        lans: lans
          .filter((l) => l.siteId === site.id)
          .map(({ id, code, name }) => ({ id, code, name })),
      })),
      updatedAt: new Date().toISOString(),
    };
  }

  /** Each incident's latest posted update: one index walk back per incident's stream. */
  private async latestUpdates(
    ids: string[],
  ): Promise<Map<string, { message: string; at: string }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; message: string; at: Date }[] = await this.dataSource.query(
      `SELECT i.id, u.message, u.at
       FROM unnest($1::uuid[]) AS i(id)
       CROSS JOIN LATERAL (
         SELECT e.data->>'message' AS message, e.at FROM events e
         WHERE e.stream = $2 || i.id::text AND e.type = 'incident.update_posted'
         ORDER BY e.seq DESC LIMIT 1
       ) u`,
      [ids, incidentStream('')],
    );
    return new Map(
      rows.map((r) => [r.id, { message: r.message, at: new Date(r.at).toISOString() }]),
    );
  }
}
