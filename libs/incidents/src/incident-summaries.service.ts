import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { IncidentStatus, LanPhase } from '@cordon/contracts';
import { IncidentEntity } from './entities';
import { IncidentRepository } from './incident.repository';
import { LanPlanRepository } from './lan-plan.repository';
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

/** A LAN off the network now: shut down or being cleaned in an open incident. */
export interface ClosedLan {
  lanId: string;
  code: string;
  phase: LanPhase;
  incidentId: string;
}

/**
 * The incident feature's read side for other features: an incident's reference,
 * title, owner and when staff are next owed an update, and the open incidents whose
 * update is overdue (the owner is reminded).
 */
@Injectable()
export class IncidentSummaries {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly plans: LanPlanRepository,
  ) {}

  /** LANs shut down or being cleaned in an open incident's plan, by code (broadcast routing). */
  closedLans(manager: EntityManager): Promise<ClosedLan[]> {
    return this.plans.closedInOpenIncidents(manager);
  }

  async get(incidentId: string, manager?: EntityManager): Promise<IncidentSummary | null> {
    const incident = await this.incidents.get(incidentId, manager);
    return incident ? this.summary(incident, manager) : null;
  }

  /** Open incidents whose next update was due at or before `now` (`updateOverdue`). */
  async overdue(now: Date, manager?: EntityManager): Promise<IncidentSummary[]> {
    const rows = await this.incidents.overdue(now, manager);
    const departments = await this.incidents.departmentsOfMany(
      rows.map((r) => r.id),
      manager,
    );
    return rows.map((row) => this.toSummary(row, departments.get(row.id) ?? []));
  }

  private async summary(i: IncidentEntity, manager?: EntityManager): Promise<IncidentSummary> {
    const departments = await this.incidents.departmentsOfMany([i.id], manager);
    return this.toSummary(i, departments.get(i.id) ?? []);
  }

  private toSummary(i: IncidentEntity, departmentIds: string[]): IncidentSummary {
    return {
      id: i.id,
      reference: i.reference,
      title: i.title,
      status: i.status,
      ownerId: i.ownerId,
      departmentIds,
      nextUpdateDueAt: nextDue(i),
    };
  }
}
