import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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

/**
 * The incidents failed patches opened (`fallback_incidents`), keyed by campaign and
 * device. The incident, its departments and its tasks are the incidents and tasks
 * features' (their services), not read or written here.
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
}
