import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ErrorCode, IncidentStatus } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import {
  assertMayActOnIncident,
  IncidentAction,
  IncidentFacts,
  isDomainError,
  notFound,
} from '@cordon/domain';
import { TaskIncidents } from '@cordon/tasks';
import { IncidentEntity } from './entities';
import { IncidentRepository } from './incident.repository';

/**
 * Loads an incident for a caller and checks they may do what they ask (the rules are
 * the domain's). Also what the tasks feature and the live feed ask: an incident's
 * owner and status, and whether a user may follow it.
 */
@Injectable()
export class IncidentAccess implements TaskIncidents {
  /**
   * The tasks feature builds this class in its own module (`TasksModule.register`), where
   * only the DataSource is at hand: so it makes its repository itself.
   */
  private readonly incidents: IncidentRepository;

  constructor(private readonly dataSource: DataSource) {
    this.incidents = new IncidentRepository(dataSource);
  }

  async load(
    id: string,
    user: AuthUser,
    action: IncidentAction,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ incident: IncidentEntity; departmentIds: string[] }> {
    const incident = await this.incidents.get(id, manager);
    if (!incident) throw notFound('Incident', id);
    const facts = await this.incidents.facts(manager, incident);
    assertMayActOnIncident(user, facts, action);
    return { incident, departmentIds: [...facts.departmentIds] };
  }

  /** For the tasks feature (`TaskIncidents`): owner, involved departments, status. */
  async facts(
    manager: EntityManager,
    incidentId: string,
  ): Promise<(IncidentFacts & { status: IncidentStatus }) | null> {
    const incident = await this.incidents.get(incidentId, manager);
    if (!incident) return null;
    return { ...(await this.incidents.facts(manager, incident)), status: incident.status };
  }

  /** May this user follow the incident (its timeline, its live feed)? null when yes. */
  async checkRead(
    user: AuthUser,
    incidentId: string,
  ): Promise<{ code: ErrorCode; message: string } | null> {
    try {
      await this.load(incidentId, user, 'read');
      return null;
    } catch (err) {
      if (isDomainError(err)) return { code: err.code, message: err.message };
      throw err;
    }
  }
}
