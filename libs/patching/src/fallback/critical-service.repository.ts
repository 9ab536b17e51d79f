import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FallbackStep } from '@cordon/contracts';
import type { FallbackPlan } from '@cordon/domain';
import { returning } from '@cordon/platform';

/** A live server of a critical service, as its list shows it. */
export interface ServerRow {
  deviceId: string;
  hostname: string;
  os: string | null;
  lanId: string;
  departmentId: string;
}

/** A critical service with the names it shows: its servers, standby and decider. */
export interface CriticalServiceRow {
  id: string;
  name: string;
  description: string | null;
  steps: FallbackStep[];
  standbyDeviceId: string | null;
  standbyHostname: string | null;
  standbyDescription: string | null;
  deciderId: string;
  deciderName: string;
  lastReviewedOn: string;
  version: number;
  updatedAt: Date;
  servers: ServerRow[];
}

const SERVICE_SELECT = `
  SELECT s.id, s.name, s.description, s.steps, s.standby_device_id AS "standbyDeviceId",
         sd.hostname AS "standbyHostname", s.standby_description AS "standbyDescription",
         s.decider_id AS "deciderId", u.name AS "deciderName",
         to_char(s.last_reviewed_on, 'YYYY-MM-DD') AS "lastReviewedOn", s.version,
         s.updated_at AS "updatedAt",
         COALESCE((
           SELECT json_agg(json_build_object('deviceId', d.id, 'hostname', d.hostname, 'os', d.os,
                                             'lanId', d.lan_id, 'departmentId', d.department_id)
                           ORDER BY d.hostname)
           FROM critical_service_servers cs JOIN devices d ON d.id = cs.device_id
           WHERE cs.service_id = s.id), '[]') AS servers
  FROM critical_services s
  JOIN users u ON u.id = s.decider_id
  LEFT JOIN devices sd ON sd.id = s.standby_device_id`;

/** Critical services, their live servers (`critical_service_servers`) and the devices they name. */
@Injectable()
export class CriticalServiceRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(db: EntityManager = this.dataSource.manager): Promise<CriticalServiceRow[]> {
    return db.query(`${SERVICE_SELECT} ORDER BY lower(s.name), s.id`);
  }

  async get(
    id: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<CriticalServiceRow | null> {
    const rows: CriticalServiceRow[] = await db.query(`${SERVICE_SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The service hosted on a device, if any (one at most). */
  async ofDevice(db: EntityManager, deviceId: string): Promise<CriticalServiceRow | null> {
    const rows: CriticalServiceRow[] = await db.query(
      `${SERVICE_SELECT} WHERE s.id = (SELECT service_id FROM critical_service_servers WHERE device_id = $1)`,
      [deviceId],
    );
    return rows[0] ?? null;
  }

  /** Servers of `ids` that already host another service than `exceptId`. */
  hostedElsewhere(
    db: EntityManager,
    ids: readonly string[],
    exceptId: string | null,
  ): Promise<{ hostname: string; name: string }[]> {
    return db.query(
      `SELECT d.hostname, s.name FROM critical_service_servers cs
       JOIN critical_services s ON s.id = cs.service_id JOIN devices d ON d.id = cs.device_id
       WHERE cs.device_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR cs.service_id <> $2)
       ORDER BY d.hostname`,
      [[...ids], exceptId],
    );
  }

  /** A new service at version 1; null when the name is taken. */
  async insert(db: EntityManager, plan: FallbackPlan, deciderId: string): Promise<string | null> {
    const rows = await returning<{ id: string }>(
      db,
      `INSERT INTO critical_services
         (name, description, steps, standby_device_id, standby_description, decider_id, last_reviewed_on)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7)
       ON CONFLICT (name) DO NOTHING RETURNING id`,
      [
        plan.name,
        plan.description,
        JSON.stringify(plan.steps),
        plan.standbyDeviceId,
        plan.standbyDescription,
        deciderId,
        plan.lastReviewedOn,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** The whole service replaced, only from the version it was read at: the new version, or null. */
  async replace(
    db: EntityManager,
    id: string,
    version: number,
    plan: FallbackPlan,
    deciderId: string,
  ): Promise<number | null> {
    const rows = await returning<{ version: number }>(
      db,
      `UPDATE critical_services SET name = $3, description = $4, steps = $5::jsonb,
         standby_device_id = $6, standby_description = $7, decider_id = $8,
         last_reviewed_on = $9, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2 RETURNING version`,
      [
        id,
        version,
        plan.name,
        plan.description,
        JSON.stringify(plan.steps),
        plan.standbyDeviceId,
        plan.standbyDescription,
        deciderId,
        plan.lastReviewedOn,
      ],
    );
    return rows[0]?.version ?? null;
  }

  async setServers(db: EntityManager, id: string, deviceIds: readonly string[]): Promise<void> {
    await db.query(
      `DELETE FROM critical_service_servers WHERE service_id = $1 AND NOT (device_id = ANY($2::uuid[]))`,
      [id, [...deviceIds]],
    );
    await db.query(
      `INSERT INTO critical_service_servers (service_id, device_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [id, [...deviceIds]],
    );
  }

  /** The deleted service's name and last version, or null when there was none. */
  async delete(db: EntityManager, id: string): Promise<{ name: string; version: number } | null> {
    const rows = await returning<{ name: string; version: number }>(
      db,
      `DELETE FROM critical_services WHERE id = $1 RETURNING name, version`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Is the name taken by another service? */
  async nameTaken(db: EntityManager, name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM critical_services WHERE name = $1 AND ($2::uuid IS NULL OR id <> $2)`,
      [name, exceptId],
    );
    return rows.length > 0;
  }
}
