import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { IncidentStatus } from '@cordon/contracts';
import { IncidentEntity } from './entities';
import { departmentsOf } from './incident-store';
import { nextDue } from './views';

/** An incident as other features show it in what they send (crisis communications). */
export interface IncidentSummary {
  id: string;
  reference: string;
  title: string;
  status: IncidentStatus;
  ownerId: string;
  departmentIds: string[];
  nextUpdateDueAt: Date | null;
}

/**
 * The incident feature's read side for other features: an incident's reference,
 * title, owner and when staff are next owed an update, and the open incidents whose
 * update is overdue (the owner is reminded).
 */
@Injectable()
export class IncidentSummaries {
  constructor(private readonly dataSource: DataSource) {}

  async get(
    incidentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IncidentSummary | null> {
    const incident = await manager.getRepository(IncidentEntity).findOneBy({ id: incidentId });
    return incident ? this.summary(manager, incident) : null;
  }

  /** Open incidents whose next update was due at or before `now`. */
  async overdue(
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IncidentSummary[]> {
    const rows = await manager
      .getRepository(IncidentEntity)
      .createQueryBuilder('i')
      .where(`i.status <> 'closed'`)
      .andWhere(`i.lastUpdateAt + make_interval(mins => i.updateCadenceMinutes) <= :now`, { now })
      .orderBy('i.lastUpdateAt', 'ASC')
      .limit(200)
      .getMany();
    const out: IncidentSummary[] = [];
    for (const row of rows) out.push(await this.summary(manager, row));
    return out;
  }

  private async summary(manager: EntityManager, i: IncidentEntity): Promise<IncidentSummary> {
    return {
      id: i.id,
      reference: i.reference,
      title: i.title,
      status: i.status,
      ownerId: i.ownerId,
      departmentIds: await departmentsOf(manager, i.id),
      nextUpdateDueAt: nextDue(i),
    };
  }
}
