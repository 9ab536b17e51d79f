import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { LanPhase } from '@cordon/contracts';
import type { LanDecision } from '@cordon/domain';

/** One LAN in an incident's plan, as stored. */
export interface PlanRecord {
  id: string;
  incidentId: string;
  lanId: string;
  phase: LanPhase;
  phaseChangedAt: Date;
}

/** A LAN held by another open incident's plan. */
export interface TakenLan {
  lanId: string;
  incidentId: string;
  reference: string;
}

export interface NewWaiver {
  incidentId: string;
  deviceId: string;
  reason: string;
  by: { id: string; name: string };
}

interface PlanRow {
  id: string;
  incident_id: string;
  lan_id: string;
  phase: LanPhase;
  phase_changed_at: Date;
}

const toRecord = (r: PlanRow): PlanRecord => ({
  id: r.id,
  incidentId: r.incident_id,
  lanId: r.lan_id,
  phase: r.phase,
  phaseChangedAt: new Date(r.phase_changed_at),
});

const PLAN_COLUMNS = `id, incident_id, lan_id, phase, phase_changed_at`;

/**
 * An incident's LAN plan (`incident_lans`) and the owner's waivers (`device_waivers`).
 * A LAN is in at most one open incident's plan (`uq_incident_lans_open_lan`).
 */
@Injectable()
export class LanPlanRepository {
  /** The plan's rows (or those of `lanIds`) by LAN; `lock` takes them FOR UPDATE. */
  async rows(
    db: EntityManager,
    incidentId: string,
    lanIds?: readonly string[],
    lock = false,
  ): Promise<PlanRecord[]> {
    const rows: PlanRow[] = await db.query(
      `SELECT ${PLAN_COLUMNS} FROM incident_lans
       WHERE incident_id = $1 AND ($2::uuid[] IS NULL OR lan_id = ANY($2::uuid[]))
       ORDER BY lan_id ${lock ? 'FOR UPDATE' : ''}`,
      [incidentId, lanIds ? [...lanIds] : null],
    );
    return rows.map(toRecord);
  }

  /** The plans of several incidents at once (the status page). */
  async ofIncidents(db: EntityManager, incidentIds: readonly string[]): Promise<PlanRecord[]> {
    if (incidentIds.length === 0) return [];
    const rows: PlanRow[] = await db.query(
      `SELECT ${PLAN_COLUMNS} FROM incident_lans WHERE incident_id = ANY($1::uuid[])`,
      [[...incidentIds]],
    );
    return rows.map(toRecord);
  }

  /** The open incidents' plan rows on these LANs (at most one per LAN). */
  async openOnLans(db: EntityManager, lanIds: readonly string[]): Promise<PlanRecord[]> {
    if (lanIds.length === 0) return [];
    const rows: PlanRow[] = await db.query(
      `SELECT ${PLAN_COLUMNS} FROM incident_lans WHERE lan_id = ANY($1::uuid[]) AND incident_open`,
      [[...lanIds]],
    );
    return rows.map(toRecord);
  }

  /**
   * LANs closed to the network now (shut down or cleaning in an open incident's plan; a
   * LAN is in at most one), with their code: where broadcasts send SMS instead of email.
   */
  async closedInOpenIncidents(
    db: EntityManager,
  ): Promise<{ lanId: string; code: string; phase: LanPhase; incidentId: string }[]> {
    return db.query(
      `SELECT il.lan_id AS "lanId", l.code, il.phase, il.incident_id AS "incidentId"
       FROM incident_lans il JOIN lans l ON l.id = il.lan_id
       WHERE il.incident_open AND il.phase IN ('shut_down', 'cleaning')
       ORDER BY l.code`,
    );
  }

  /** The row of `lanId` in that open incident's plan, locked FOR UPDATE. */
  async lockOpen(db: EntityManager, incidentId: string, lanId: string): Promise<PlanRecord | null> {
    const [row]: PlanRow[] = await db.query(
      `SELECT ${PLAN_COLUMNS} FROM incident_lans
       WHERE lan_id = $1 AND incident_id = $2 AND incident_open FOR UPDATE`,
      [lanId, incidentId],
    );
    return row ? toRecord(row) : null;
  }

  /** Of these LANs, those in another open incident's plan. */
  async takenElsewhere(
    db: EntityManager,
    incidentId: string,
    lanIds: readonly string[],
  ): Promise<TakenLan[]> {
    return db.query(
      `SELECT il.lan_id AS "lanId", i.id AS "incidentId", i.reference
       FROM incident_lans il JOIN incidents i ON i.id = il.incident_id
       WHERE il.lan_id = ANY($1::uuid[]) AND il.incident_open AND il.incident_id <> $2`,
      [[...lanIds], incidentId],
    );
  }

  /** Adds the LANs as planned; returns those that were not in the plan yet. */
  async add(db: EntityManager, incidentId: string, lanIds: readonly string[]): Promise<string[]> {
    const added: { lan_id: string }[] = await db.query(
      `INSERT INTO incident_lans (incident_id, lan_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT (incident_id, lan_id) DO NOTHING
       RETURNING lan_id`,
      [incidentId, [...lanIds].sort()],
    );
    return added.map((a) => a.lan_id);
  }

  /** Writes the phase the domain decided, from the phase it decided on. */
  async applyPhase(
    db: EntityManager,
    planId: string,
    decision: Extract<LanDecision, { kind: 'move' }>,
    reason: string | null,
  ): Promise<void> {
    await db.query(
      `UPDATE incident_lans SET phase = $2, phase_changed_at = now(), phase_reason = $3
       WHERE id = $1 AND phase = $4`,
      [planId, decision.to, reason, decision.from],
    );
  }

  /** The incident closed: its LANs are free for another incident's plan. */
  async release(db: EntityManager, incidentId: string): Promise<void> {
    await db.query(`UPDATE incident_lans SET incident_open = false WHERE incident_id = $1`, [
      incidentId,
    ]);
  }

  /** Records (or renews) the owner's waiver of a device; returns when it was given. */
  async waive(db: EntityManager, waiver: NewWaiver): Promise<Date> {
    const [row]: { waived_at: Date }[] = await db.query(
      `INSERT INTO device_waivers (incident_id, device_id, reason, waived_by_id, waived_by_name)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (incident_id, device_id) DO UPDATE SET
         reason = EXCLUDED.reason, waived_by_id = EXCLUDED.waived_by_id,
         waived_by_name = EXCLUDED.waived_by_name, waived_at = now()
       RETURNING waived_at`,
      [waiver.incidentId, waiver.deviceId, waiver.reason, waiver.by.id, waiver.by.name],
    );
    return new Date(row.waived_at);
  }

  /** Of these devices, those waived for the incident. */
  async waived(
    db: EntityManager,
    incidentId: string,
    deviceIds: readonly string[],
  ): Promise<Set<string>> {
    if (deviceIds.length === 0) return new Set();
    const rows: { device_id: string }[] = await db.query(
      `SELECT device_id FROM device_waivers WHERE incident_id = $1 AND device_id = ANY($2::uuid[])`,
      [incidentId, [...deviceIds]],
    );
    return new Set(rows.map((r) => r.device_id));
  }
}
