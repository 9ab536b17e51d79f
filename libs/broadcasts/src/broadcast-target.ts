import { DataSource } from 'typeorm';
import type { AuthUser } from '@cordon/auth';
import { assertIncidentOpen, Audience, notFound } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { ValidationProblem } from '@cordon/platform';
import { assertMayBroadcast } from './broadcast-access';
import { BroadcastIncident, BroadcastIncidents } from './broadcast-incidents.port';

/**
 * The checks before a broadcast is made or previewed, in one place: the incident
 * exists, the caller may send on it (the owner, command staff of its departments, an
 * admin), it is not closed, and every id of the audience names something (422 naming
 * `audience.<field>` otherwise).
 */
export async function incidentToBroadcastOn(
  dataSource: DataSource,
  incidents: BroadcastIncidents,
  staff: StaffAudience,
  incidentId: string,
  audience: Audience,
  user: AuthUser,
): Promise<BroadcastIncident> {
  const incident = await incidents.get(dataSource.manager, incidentId);
  if (!incident) throw notFound('Incident', incidentId);
  assertMayBroadcast(user, incident, 'send');
  assertIncidentOpen(incident);
  const unknown = await staff.unknownIds(audience);
  if (unknown.length)
    throw new ValidationProblem(
      unknown.map((u) => ({
        field: `audience.${u.field}`,
        message: `unknown: ${u.ids.join(', ')}`,
      })),
    );
  return incident;
}
