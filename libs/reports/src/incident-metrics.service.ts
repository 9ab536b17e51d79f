import { Injectable } from '@nestjs/common';
import type { MetricsView } from '@cordon/contracts';
import { buildMetrics } from '@cordon/domain';
import { ReportEventsRepository } from './report-events.repository';

/**
 * Metrics across every incident, each from its own event log (see `buildMetrics` in
 * @cordon/domain for what each figure measures). Who may read them is the route's
 * roles: owners and command staff see every incident.
 */
@Injectable()
export class IncidentMetrics {
  constructor(private readonly events: ReportEventsRepository) {}

  async metrics(): Promise<MetricsView> {
    const ids = await this.events.incidentIds();
    const incidents = [];
    for (const incidentId of ids) {
      incidents.push({ incidentId, events: await this.events.incidentEvents(incidentId) });
    }
    return buildMetrics(incidents, new Date().toISOString(), await this.events.departmentNames());
  }
}
