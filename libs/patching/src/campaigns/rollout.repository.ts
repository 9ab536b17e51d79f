import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LinkedIncidentRef, Page, RolloutDeviceStatus, UserRef } from '@cordon/contracts';
import { buildKey } from '@cordon/domain';
import { keysetClause, KeysetRequest, keysetOrder, returning } from '@cordon/platform';

/** An inventory device an advisory affects (its os is one of the advisory's builds). */
export interface AffectedDeviceRow {
  id: string;
  hostname: string;
  os: string;
  patches: string[];
  health: string;
  departmentId: string;
  lanId: string;
}

/** A rollout device with what the inventory says of it now. */
export interface RolloutDeviceRow {
  deviceId: string;
  hostname: string;
  os: string;
  lanId: string;
  departmentId: string;
  status: RolloutDeviceStatus;
  claimedById: string | null;
  claimedByName: string | null;
  claimedAt: Date | null;
  completedById: string | null;
  completedByName: string | null;
  completedAt: Date | null;
  note: string | null;
  incidentId: string | null;
  incidentReference: string | null;
}

/** A status change decided by the domain, applied only from the state it was decided on. */
export interface RolloutChange {
  from: { status: RolloutDeviceStatus; claimedById: string | null };
  to: RolloutDeviceStatus;
  actor: UserRef;
  note: string | null;
}

const ROW = `r.device_id AS "deviceId", d.hostname, coalesce(d.os, '') AS os, d.lan_id AS "lanId",
  r.department_id AS "departmentId", r.status, r.claimed_by_id AS "claimedById",
  r.claimed_by_name AS "claimedByName", r.claimed_at AS "claimedAt",
  r.completed_by_id AS "completedById", r.completed_by_name AS "completedByName",
  r.completed_at AS "completedAt", r.note, r.incident_id AS "incidentId",
  r.incident_reference AS "incidentReference"`;

const BY_HOSTNAME = keysetOrder<RolloutDeviceRow>(['d.hostname'], (r) => [r.hostname]);

/** Devices an advisory affects, and the rollout rows of started department stages. */
@Injectable()
export class RolloutRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Devices whose os is one of the builds, compared as `buildKey` compares them. */
  affected(manager: EntityManager, builds: readonly string[]): Promise<AffectedDeviceRow[]> {
    return manager.query(
      `SELECT id, hostname, os, patches, health, department_id AS "departmentId", lan_id AS "lanId"
       FROM devices
       WHERE lower(regexp_replace(btrim(os), '\\s+', ' ', 'g')) = ANY($1::text[])
       ORDER BY hostname`,
      [builds.map(buildKey)],
    );
  }

  /** Adds a started stage's devices as pending (a device already in the campaign is kept). */
  async addPending(
    manager: EntityManager,
    campaignId: string,
    devices: readonly { id: string; departmentId: string }[],
  ): Promise<number> {
    const rows = await returning(
      manager,
      `INSERT INTO patch_rollout_devices (campaign_id, device_id, department_id)
       SELECT $1, d.id, d.department_id
       FROM unnest($2::uuid[], $3::uuid[]) AS d(id, department_id)
       ON CONFLICT DO NOTHING RETURNING device_id`,
      [campaignId, devices.map((d) => d.id), devices.map((d) => d.departmentId)],
    );
    return rows.length;
  }

  /** Status counts per department. */
  counts(
    manager: EntityManager,
    campaignId: string,
  ): Promise<{ departmentId: string; status: RolloutDeviceStatus; n: number }[]> {
    return manager.query(
      `SELECT department_id AS "departmentId", status, count(*)::int AS n
       FROM patch_rollout_devices WHERE campaign_id = $1 GROUP BY department_id, status`,
      [campaignId],
    );
  }

  /** Status counts per campaign, for the list: of one department's devices or (null) all. */
  countsOf(
    campaignIds: readonly string[],
    departmentId: string | null,
  ): Promise<{ campaignId: string; status: RolloutDeviceStatus; n: number }[]> {
    if (campaignIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT campaign_id AS "campaignId", status, count(*)::int AS n
       FROM patch_rollout_devices
       WHERE campaign_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR department_id = $2::uuid)
       GROUP BY campaign_id, status`,
      [campaignIds, departmentId],
    );
  }

  async page(
    campaignId: string,
    filter: { departmentId: string | null; status?: RolloutDeviceStatus },
    request: KeysetRequest,
  ): Promise<Page<RolloutDeviceRow>> {
    const params: unknown[] = [campaignId, filter.departmentId, filter.status ?? null];
    const keyset = keysetClause(BY_HOSTNAME, request, params);
    const rows: RolloutDeviceRow[] = await this.dataSource.query(
      `SELECT ${ROW} FROM patch_rollout_devices r JOIN devices d ON d.id = r.device_id
       WHERE r.campaign_id = $1 AND ($2::uuid IS NULL OR r.department_id = $2::uuid)
         AND ($3::text IS NULL OR r.status = $3::text)
         ${keyset.where ? `AND ${keyset.where}` : ''}
       ${keyset.tail}`,
      params,
    );
    return keyset.page(rows, (r) => r);
  }

  async load(
    campaignId: string,
    deviceId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RolloutDeviceRow | null> {
    const rows: RolloutDeviceRow[] = await manager.query(
      `SELECT ${ROW} FROM patch_rollout_devices r JOIN devices d ON d.id = r.device_id
       WHERE r.campaign_id = $1 AND r.device_id = $2`,
      [campaignId, deviceId],
    );
    return rows[0] ?? null;
  }

  /**
   * One guarded UPDATE: it changes the row only if it is still as decided on, so of two
   * claimers exactly one wins. False when it moved meanwhile.
   */
  async apply(
    manager: EntityManager,
    campaignId: string,
    deviceId: string,
    change: RolloutChange,
  ): Promise<boolean> {
    const finished = change.to === 'patched' || change.to === 'failed';
    const claim = change.to === 'claimed';
    const rows = await returning(
      manager,
      `UPDATE patch_rollout_devices SET status = $5,
         claimed_by_id = CASE WHEN $6 THEN $7::uuid WHEN $5 = 'pending' THEN NULL ELSE claimed_by_id END,
         claimed_by_name = CASE WHEN $6 THEN $8 WHEN $5 = 'pending' THEN NULL ELSE claimed_by_name END,
         claimed_at = CASE WHEN $6 THEN now() WHEN $5 = 'pending' THEN NULL ELSE claimed_at END,
         completed_by_id = CASE WHEN $9 THEN $7::uuid ELSE completed_by_id END,
         completed_by_name = CASE WHEN $9 THEN $8 ELSE completed_by_name END,
         completed_at = CASE WHEN $9 THEN now() ELSE completed_at END,
         note = CASE WHEN $9 THEN $10 ELSE note END
       WHERE campaign_id = $1 AND device_id = $2 AND status = $3
         AND claimed_by_id IS NOT DISTINCT FROM $4::uuid
       RETURNING device_id`,
      [
        campaignId,
        deviceId,
        change.from.status,
        change.from.claimedById,
        change.to,
        claim,
        change.actor.id,
        change.actor.name,
        finished,
        change.note,
      ],
    );
    return rows.length === 1;
  }

  async linkIncident(
    manager: EntityManager,
    campaignId: string,
    deviceId: string,
    incident: LinkedIncidentRef,
  ): Promise<boolean> {
    const rows = await returning(
      manager,
      `UPDATE patch_rollout_devices SET incident_id = $3, incident_reference = $4
       WHERE campaign_id = $1 AND device_id = $2 AND incident_id IS NULL RETURNING device_id`,
      [campaignId, deviceId, incident.incidentId, incident.reference],
    );
    return rows.length === 1;
  }
}
