import type { AuthUser } from '@cordon/auth';
import type { DemoRepository } from './demo.repository';
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
  repository: DemoRepository,
  services: DemoFeatureServices,
  id: string,
  viewer: AuthUser,
): Promise<Omit<DemoIncidentReport, 'created'>> {
  const row = await repository.incidentCounts(id);
  const directive = await repository.firstDirectiveAcks(id);
  const broadcast = await repository.firstBroadcastAcks(id);
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
    directive,
    broadcast,
    detections: row.detections,
    events: row.events,
  };
}
