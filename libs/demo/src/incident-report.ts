import { DataSource } from 'typeorm';
import type { AuthUser } from '@cordon/auth';
import type { DemoFeatureServices } from './feature-services';

/** What the seed prints about the demo incident: what a newcomer will find in the console. */
export interface DemoIncidentReport {
  /** False when the incident was already there and was left alone. */
  created: boolean;
  id: string;
  reference: string;
  title: string;
  status: string;
  owner: string;
  lans: { code: string; phase: string; devices: number; verified: number }[];
  tasks: { total: number; open: number; claimed: number; done: number };
  directive: { departments: number; acknowledged: number } | null;
  broadcast: { recipients: number; acknowledged: number } | null;
  detections: number;
  events: number;
}

/** Reads the incident back: its plan through the LAN plan service, the rest by count. */
export async function describeDemoIncident(
  dataSource: DataSource,
  services: DemoFeatureServices,
  id: string,
  viewer: AuthUser,
): Promise<Omit<DemoIncidentReport, 'created'>> {
  const [row] = await dataSource.query(
    `SELECT i.reference, i.title, i.status, i.owner_name AS owner,
       (SELECT count(*)::int FROM tasks t WHERE t.incident_id = i.id) AS total,
       (SELECT count(*)::int FROM tasks t WHERE t.incident_id = i.id AND t.status = 'open') AS open,
       (SELECT count(*)::int FROM tasks t WHERE t.incident_id = i.id AND t.status = 'claimed') AS claimed,
       (SELECT count(*)::int FROM tasks t WHERE t.incident_id = i.id AND t.status IN ('done', 'verified')) AS done,
       (SELECT count(*)::int FROM detections x WHERE x.incident_id = i.id) AS detections,
       (SELECT count(*)::int FROM events e WHERE e.stream = 'incident:' || i.id) AS events
     FROM incidents i WHERE i.id = $1`,
    [id],
  );
  const [directive] = await dataSource.query(
    `SELECT count(*)::int AS departments, count(r.acknowledged_at)::int AS acknowledged
     FROM directives d JOIN directive_departments r ON r.directive_id = d.id
     WHERE d.incident_id = $1 GROUP BY d.id ORDER BY min(d.created_at) LIMIT 1`,
    [id],
  );
  const [broadcast] = await dataSource.query(
    `SELECT count(*)::int AS recipients, count(r.acknowledged_at)::int AS acknowledged
     FROM broadcasts b JOIN broadcast_recipients r ON r.broadcast_id = b.id
     WHERE b.incident_id = $1 AND b.kind = 'broadcast' GROUP BY b.id ORDER BY min(b.created_at) LIMIT 1`,
    [id],
  );
  const plan = await services.plans.list(id, { limit: 500 }, viewer);
  return {
    id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    owner: row.owner,
    lans: plan.items.map((l) => ({
      code: l.code,
      phase: l.phase,
      devices: l.devices.total,
      verified: l.devices.verified,
    })),
    tasks: { total: row.total, open: row.open, claimed: row.claimed, done: row.done },
    directive: directive ?? null,
    broadcast: broadcast ?? null,
    detections: row.detections,
    events: row.events,
  };
}
