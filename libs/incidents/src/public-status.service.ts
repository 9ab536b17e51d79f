import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StatusIncident, StatusSite, StatusView } from '@cordon/contracts';
import { DirectoryLookup } from '@cordon/directory';
import { IncidentTimelineRepository } from './incident-timeline.repository';
import { IncidentRepository } from './incident.repository';
import { LanPlanRepository } from './lan-plan.repository';
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
    private readonly incidents: IncidentRepository,
    private readonly plans: LanPlanRepository,
    private readonly timeline: IncidentTimelineRepository,
  ) {}

  async current(): Promise<StatusView> {
    const manager = this.dataSource.manager;
    const incidents = await this.incidents.open(manager);
    const ids = incidents.map((i) => i.id);
    const plans = await this.plans.ofIncidents(manager, ids);
    const latest = await this.timeline.latestUpdates(ids);
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
}
