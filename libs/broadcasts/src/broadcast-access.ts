import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@cordon/auth';
import { assertMayActOnIncident, DomainError, isIncidentOwner, notFound } from '@cordon/domain';
import { BroadcastIncident, BroadcastIncidents } from './broadcast-incidents.port';
import type { BroadcastRepository } from './broadcast.repository';

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
  from: { broadcasts: BroadcastRepository; incidents: BroadcastIncidents; manager: EntityManager },
  broadcastId: string,
  user: AuthUser,
  action: BroadcastAction,
): Promise<{ broadcast: BroadcastHead; incident: BroadcastIncident }> {
  const row = await from.broadcasts.head(broadcastId);
  if (!row) throw notFound('Broadcast', broadcastId);
  const incident = await from.incidents.get(from.manager, row.incident_id);
  if (!incident) throw notFound('Incident', row.incident_id);
  assertMayBroadcast(user, incident, action);
  return {
    broadcast: { id: row.id, incidentId: row.incident_id, requireAck: row.require_ack },
    incident,
  };
}
