import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Page } from '@cordon/contracts';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { FaultReportEntity } from './entities';

export type NewFaultReport = Omit<FaultReportEntity, 'id' | 'createdAt'>;

export interface FaultReportFilter {
  incidentId?: string;
  lanId?: string;
}

const NEWEST_FIRST = keysetOrder<FaultReportEntity>(
  ['f.createdAt', 'f.id'],
  (f) => [f.createdAt.toISOString(), f.id],
  'desc',
);

/** Fault reports from staff and the help desk. */
@Injectable()
export class FaultReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(db: EntityManager, report: NewFaultReport): Promise<FaultReportEntity> {
    return db.getRepository(FaultReportEntity).save({ ...report });
  }

  /** Newest first, by incident or LAN. */
  page(filter: FaultReportFilter, request: KeysetRequest): Promise<Page<FaultReportEntity>> {
    const qb = this.dataSource.getRepository(FaultReportEntity).createQueryBuilder('f');
    if (filter.incidentId) qb.andWhere('f.incidentId = :incident', { incident: filter.incidentId });
    if (filter.lanId) qb.andWhere('f.lanId = :lan', { lan: filter.lanId });
    return keysetPage(qb, NEWEST_FIRST, request, (f) => f);
  }

  /** Reports matched to each LAN of the incident. */
  async countsByLan(db: EntityManager, incidentId: string): Promise<Map<string, number>> {
    const rows: { lan_id: string; n: number }[] = await db.query(
      `SELECT lan_id, count(*)::int AS n FROM fault_reports
       WHERE incident_id = $1 AND lan_id IS NOT NULL GROUP BY lan_id`,
      [incidentId],
    );
    return new Map(rows.map((r) => [r.lan_id, r.n]));
  }
}
