import { DataSource } from 'typeorm';
import type { AuthUser } from '@cordon/auth';
import { assertMayActOnIncident, DomainError, isIncidentOwner, notFound } from '@cordon/domain';
import { BroadcastIncident, BroadcastIncidents } from './broadcast-incidents.port';

export interface BroadcastHead {
  id: string;
  incidentId: string;
  requireAck: boolean;
}

export type BroadcastAction = 'send' | 'read' | 'retry' | 'acknowledge_for';

/**
 * Who may do what with an incident's broadcasts: send, read and record an
 * acknowledgement by hand — whoever may post an update (the owner, command staff,
 * admins); retry failed deliveries — the owner (or an admin).
 */
export function assertMayBroadcast(
  user: AuthUser,
  incident: BroadcastIncident,
  action: BroadcastAction,
): void {
  if (action !== 'retry') return assertMayActOnIncident(user, incident, 'post_update');
  if (isIncidentOwner(user, incident) || user.roles.includes('admin')) return;
  throw new DomainError('forbidden', 'Only the incident owner or an admin may retry deliveries');
}

/** Loads a broadcast's head and its incident, and checks the caller may act on it. */
export async function loadForAction(
  dataSource: DataSource,
  incidents: BroadcastIncidents,
  broadcastId: string,
  user: AuthUser,
  action: BroadcastAction,
): Promise<{ broadcast: BroadcastHead; incident: BroadcastIncident }> {
  const rows: { id: string; incident_id: string; require_ack: boolean }[] = await dataSource.query(
    `SELECT id, incident_id, require_ack FROM broadcasts WHERE id = $1`,
    [broadcastId],
  );
  const row = rows[0];
  if (!row) throw notFound('Broadcast', broadcastId);
  const incident = await incidents.get(dataSource.manager, row.incident_id);
  if (!incident) throw notFound('Incident', row.incident_id);
  assertMayBroadcast(user, incident, action);
  return {
    broadcast: { id: row.id, incidentId: row.incident_id, requireAck: row.require_ack },
    incident,
  };
}
