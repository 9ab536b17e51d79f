import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { TaskStatus } from '@cordon/contracts';
import { returning } from '@cordon/platform';
import { FallbackIncidentEntity } from './fallback-incident.entity';

export type FallbackIncidentKey = Pick<FallbackIncidentEntity, 'campaignId' | 'deviceId'>;

export type NewFallbackIncident = Pick<
  FallbackIncidentEntity,
  | 'campaignId'
  | 'deviceId'
  | 'advisoryId'
  | 'identifier'
  | 'patch'
  | 'hostname'
  | 'departmentId'
  | 'note'
>;

export type FallbackIncidentDetails = Pick<
  FallbackIncidentEntity,
  'serviceId' | 'plan' | 'noPlan' | 'tasks' | 'ownerNote'
>;

export interface TaskStateRow {
  id: string;
  title: string;
  status: TaskStatus;
  claimedById: string | null;
  claimedByName: string | null;
}

/**
 * The incidents failed patches opened (`fallback_incidents`), keyed by campaign and
 * device, and the two things of the incident they write or read beside it: the
 * department involved (`incident_departments`, so that its ITU sees the incident) and
 * the state of the tasks made of the plan's first steps.
 */
@Injectable()
export class FallbackIncidentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the key for this transaction: true when it is new. A concurrent caller with
   * the same key waits here on the unique index until this transaction ends, then finds
   * the row (false).
   */
  async claim(db: EntityManager, row: NewFallbackIncident): Promise<boolean> {
    const rows = await returning<{ campaignId: string }>(
      db,
      `INSERT INTO fallback_incidents
         (campaign_id, device_id, advisory_id, identifier, patch, hostname, department_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (campaign_id, device_id) DO NOTHING RETURNING campaign_id AS "campaignId"`,
      [
        row.campaignId,
        row.deviceId,
        row.advisoryId,
        row.identifier,
        row.patch,
        row.hostname,
        row.departmentId,
        row.note,
      ],
    );
    return rows.length > 0;
  }

  byKey(db: EntityManager, key: FallbackIncidentKey): Promise<FallbackIncidentEntity | null> {
    return db.getRepository(FallbackIncidentEntity).findOneBy({ ...key });
  }

  byIncident(incidentId: string): Promise<FallbackIncidentEntity | null> {
    return this.dataSource.manager.getRepository(FallbackIncidentEntity).findOneBy({ incidentId });
  }

  async attach(
    db: EntityManager,
    key: FallbackIncidentKey,
    incident: { id: string; reference: string },
    details: FallbackIncidentDetails,
  ): Promise<void> {
    await db.query(
      `UPDATE fallback_incidents SET incident_id = $3, service_id = $4, plan = $5::jsonb,
         no_plan = $6, tasks = $7::jsonb, owner_note = $8, reference = $9, attached_at = now()
       WHERE campaign_id = $1 AND device_id = $2 AND attached_at IS NULL`,
      [
        key.campaignId,
        key.deviceId,
        incident.id,
        details.serviceId,
        details.plan === null ? null : JSON.stringify(details.plan),
        details.noPlan,
        JSON.stringify(details.tasks),
        details.ownerNote,
        incident.reference,
      ],
    );
  }

  /**
   * The incident was declared but its plan's transaction failed: the key points at it (a
   * row written now, or the one a concurrent caller left), not yet attached.
   */
  async recordDeclared(
    db: EntityManager,
    row: NewFallbackIncident,
    incident: { id: string; reference: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO fallback_incidents
         (campaign_id, device_id, advisory_id, identifier, patch, hostname, department_id, note,
          incident_id, reference)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (campaign_id, device_id) DO UPDATE
         SET incident_id = EXCLUDED.incident_id, reference = EXCLUDED.reference
         WHERE fallback_incidents.incident_id IS NULL`,
      [
        row.campaignId,
        row.deviceId,
        row.advisoryId,
        row.identifier,
        row.patch,
        row.hostname,
        row.departmentId,
        row.note,
        incident.id,
        incident.reference,
      ],
    );
  }

  /** The key's row while its plan is not attached, locked for this transaction; else null. */
  async lockUnattached(db: EntityManager, key: FallbackIncidentKey): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM fallback_incidents
       WHERE campaign_id = $1 AND device_id = $2 AND attached_at IS NULL FOR UPDATE`,
      [key.campaignId, key.deviceId],
    );
    return rows.length > 0;
  }

  /** The server's department is involved in the incident: its ITU sees it and its tasks. */
  async involveDepartment(
    db: EntityManager,
    incidentId: string,
    departmentId: string,
  ): Promise<void> {
    await db.query(
      `INSERT INTO incident_departments (incident_id, department_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [incidentId, departmentId],
    );
  }

  taskStates(ids: readonly string[]): Promise<TaskStateRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, title, status, claimed_by_id AS "claimedById", claimed_by_name AS "claimedByName"
       FROM tasks WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }
}
