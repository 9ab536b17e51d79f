import { Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { nextUpdateDueAt } from '@cordon/domain';
import { IncidentLifecycleService, IncidentSummaries } from '@cordon/incidents';
import type { SpineTransaction } from '@cordon/platform';
import { BroadcastIncident, BroadcastIncidents, ClosedLanRef } from './broadcast-incidents.port';

/** BroadcastIncidents over the incidents feature's public services. */
@Injectable()
export class IncidentsAdapter implements BroadcastIncidents {
  constructor(
    private readonly summaries: IncidentSummaries,
    /** Only the api resets the cadence (a broadcast is an update); the worker has no lifecycle. */
    @Optional() private readonly lifecycle?: IncidentLifecycleService,
  ) {}

  get(manager: EntityManager, incidentId: string): Promise<BroadcastIncident | null> {
    return this.summaries.get(incidentId, manager);
  }

  async broadcastSent(tx: SpineTransaction, incidentId: string): Promise<Date | null> {
    if (!this.lifecycle) throw new Error('broadcastSent needs the incident lifecycle (api only)');
    const incident = await this.lifecycle.noteUpdateGiven(tx, incidentId);
    return nextUpdateDueAt(incident.lastUpdateAt, incident.updateCadenceMinutes, incident.status);
  }

  overdue(manager: EntityManager, now: Date): Promise<BroadcastIncident[]> {
    return this.summaries.overdue(now, manager);
  }

  closedLans(manager: EntityManager): Promise<ClosedLanRef[]> {
    return this.summaries.closedLans(manager);
  }
}
