import type { EntityManager } from 'typeorm';
import type { IncidentStatus, LanPhase } from '@cordon/contracts';
import type { IncidentFacts } from '@cordon/domain';
import type { SpineTransaction } from '@cordon/platform';

/** What crisis communications need to know of an incident. */
export interface BroadcastIncident extends IncidentFacts {
  id: string;
  reference: string;
  title: string;
  status: IncidentStatus;
  nextUpdateDueAt: Date | null;
}

/** A LAN off the network now, by code, with its phase. */
export interface ClosedLanRef {
  code: string;
  phase: LanPhase;
}

/**
 * The incidents feature as comms sees it: read an incident, tell it a broadcast went
 * out (staff were updated: the next update is due a cadence later), and find those
 * whose update is overdue. Provided by an adapter over `@cordon/incidents`.
 */
export abstract class BroadcastIncidents {
  abstract get(manager: EntityManager, incidentId: string): Promise<BroadcastIncident | null>;

  /** In the broadcast's transaction; answers the new `nextUpdateDueAt`. */
  abstract broadcastSent(
    tx: SpineTransaction,
    incidentId: string,
    broadcastId: string,
  ): Promise<Date | null>;

  /** Open incidents whose `nextUpdateDueAt` is at or before `now`. */
  abstract overdue(manager: EntityManager, now: Date): Promise<BroadcastIncident[]>;

  /** LANs shut down or being cleaned in an open incident's plan: their staff get SMS first. */
  abstract closedLans(manager: EntityManager): Promise<ClosedLanRef[]>;
}
