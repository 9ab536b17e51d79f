import type { EntityManager } from 'typeorm';
import { DomainError, IncidentFacts, notFound } from '@cordon/domain';
import { IncidentEntity } from './entities';

/**
 * Row locks on an incident, always taken before any lock on its plan rows (one order
 * everywhere, so no two commands deadlock): SHARE for commands that need it to stay
 * open, UPDATE for those that change it (status, owner) or must see it still.
 */
export async function lockIncident(
  manager: EntityManager,
  id: string,
  mode: 'share' | 'update',
): Promise<IncidentEntity> {
  const row = await manager.getRepository(IncidentEntity).findOne({
    where: { id },
    lock: { mode: mode === 'share' ? 'pessimistic_read' : 'pessimistic_write' },
  });
  if (!row) throw notFound('Incident', id);
  return row;
}

export function assertOpen(incident: IncidentEntity): void {
  if (incident.status === 'closed') {
    throw new DomainError('invalid_transition', `Incident ${incident.reference} is closed`);
  }
}

export async function departmentsOf(manager: EntityManager, incidentId: string): Promise<string[]> {
  const rows: { department_id: string }[] = await manager.query(
    `SELECT department_id FROM incident_departments WHERE incident_id = $1 ORDER BY department_id`,
    [incidentId],
  );
  return rows.map((r) => r.department_id);
}

/** The incident's owner and involved departments, as the permission rules read them. */
export async function factsOf(
  manager: EntityManager,
  incident: IncidentEntity,
): Promise<IncidentFacts> {
  return { ownerId: incident.ownerId, departmentIds: await departmentsOf(manager, incident.id) };
}

/** Records that the incident involves these departments (idempotent, no lock on the incident). */
export async function involveDepartments(
  manager: EntityManager,
  incidentId: string,
  departmentIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(departmentIds)].sort();
  if (ids.length === 0) return;
  await manager.query(
    `INSERT INTO incident_departments (incident_id, department_id)
     SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [incidentId, ids],
  );
}
