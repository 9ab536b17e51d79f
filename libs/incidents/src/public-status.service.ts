import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import type { StatusView } from '@cordon/contracts';
import { DirectoryLookup } from '@cordon/directory';
import { IncidentEntity, IncidentLanEntity } from './entities';
import { toIncidentView } from './views';

/**
 * What staff may see without logging in: each incident not yet closed, in plain words,
 * its LANs and their phases, and when the next update is due.
 */
@Injectable()
export class PublicStatus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lookup: DirectoryLookup,
  ) {}

  async current(): Promise<StatusView> {
    const incidents = await this.dataSource
      .getRepository(IncidentEntity)
      .find({ where: { status: Not('closed') }, order: { severity: 'ASC', createdAt: 'ASC' } });
    const plans = incidents.length
      ? await this.dataSource
          .getRepository(IncidentLanEntity)
          .createQueryBuilder('p')
          .where('p.incident_id IN (:...ids)', { ids: incidents.map((i) => i.id) })
          .getMany()
      : [];
    const codes = new Map(
      (plans.length ? await this.lookup.lans() : []).map((l) => [l.id, l.code]),
    );
    return {
      incidents: incidents.map((incident) => {
        const view = toIncidentView(incident, []);
        return {
          reference: view.reference,
          title: view.title,
          status: view.status,
          nextUpdateDueAt: view.nextUpdateDueAt,
          lans: plans
            .filter((p) => p.incidentId === incident.id)
            .map((p) => ({ code: codes.get(p.lanId) ?? p.lanId, phase: p.phase }))
            .sort((a, b) => a.code.localeCompare(b.code)),
        };
      }),
      updatedAt: new Date().toISOString(),
    };
  }
}
