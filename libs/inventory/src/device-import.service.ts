import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ImportResult } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { DirectoryLookup, readCsvUpload } from '@cordon/directory';
import {
  sortImportLines,
  DEVICE_COLUMNS,
  DeviceColumn,
  DeviceRow,
  normaliseHostname,
  validateDeviceRow,
} from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { INVENTORY_STREAM } from './baseline.service';

const UPSERT = `
  WITH up AS (
    INSERT INTO devices (hostname, ip, mac, lan_id, department_id, os, patches, av_product, av_signature_date, health)
    SELECT t.hostname, t.ip::inet, t.mac, t.lan_id, t.department_id, t.os,
           string_to_array(t.patches, ';'), t.av_product, t.av_signature_date::date,
           COALESCE(t.health, 'unknown')
    FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[],
                $7::text[], $8::text[], $9::text[], $10::text[])
      AS t(hostname, ip, mac, lan_id, department_id, os, patches, av_product, av_signature_date, health)
    ON CONFLICT (hostname) DO UPDATE SET
      ip = EXCLUDED.ip,
      mac = CASE WHEN $11::boolean THEN EXCLUDED.mac ELSE devices.mac END,
      lan_id = EXCLUDED.lan_id,
      department_id = EXCLUDED.department_id,
      os = EXCLUDED.os,
      patches = EXCLUDED.patches,
      av_product = EXCLUDED.av_product,
      av_signature_date = EXCLUDED.av_signature_date,
      health = CASE WHEN $12::boolean THEN EXCLUDED.health ELSE devices.health END,
      updated_at = now()
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS created,
         count(*) FILTER (WHERE NOT inserted)::int AS updated
  FROM up`;

const MAX_LISTED = 500;

/**
 * `POST /devices/import`: the device CSV upserted by host name in one statement, bad
 * lines reported by line, one `devices.imported` event per import. The optional `mac`
 * and `health` columns, when absent, leave what is recorded alone. Missing devices are
 * removed only when asked (`prune`), never those whose line was merely rejected.
 */
@Injectable()
export class DeviceImportService {
  constructor(
    private readonly spine: Spine,
    private readonly lookup: DirectoryLookup,
  ) {}

  async import(csv: unknown, user: AuthUser, options: { prune?: boolean }): Promise<ImportResult> {
    const table = readCsvUpload<DeviceColumn>(csv, DEVICE_COLUMNS, 'device list');
    const prune = options.prune ?? false;
    return this.spine.run(actorOf(user), async (tx) => {
      const lookups = await this.lookup.byCode(tx.manager);
      const {
        rows,
        rejected,
        keysInFile: inFile,
      } = sortImportLines<DeviceColumn, DeviceRow>(table, {
        validate: (values) => validateDeviceRow(values, lookups),
        rawKey: (values) => normaliseHostname(values.hostname ?? '') ?? '',
        key: (row) => row.hostname,
        keyName: 'hostname',
      });

      const { created, updated } = await upsertDevices(tx.manager, rows, {
        mac: table.columns.includes('mac'),
        health: table.columns.includes('health'),
      });
      const removed = prune ? await pruneDevices(tx.manager, [...inFile]) : [];
      await tx.append(INVENTORY_STREAM, 'devices.imported', {
        lines: table.rows.length + table.rejected.length,
        created,
        updated,
        deleted: removed.length,
        deletedHostnames: removed.slice(0, MAX_LISTED),
        rejected: rejected.length,
        prune,
      });
      return { created, updated, deleted: removed.length, rejected };
    });
  }
}

async function upsertDevices(
  manager: EntityManager,
  rows: DeviceRow[],
  given: { mac: boolean; health: boolean },
): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  // one lock order for every import, so two concurrent imports cannot deadlock
  const sorted = [...rows].sort((a, b) => (a.hostname < b.hostname ? -1 : 1));
  const [result] = await manager.query(UPSERT, [
    sorted.map((r) => r.hostname),
    sorted.map((r) => r.ip),
    sorted.map((r) => r.mac),
    sorted.map((r) => r.lanId),
    sorted.map((r) => r.departmentId),
    sorted.map((r) => r.os),
    sorted.map((r) => r.patches.join(';')),
    sorted.map((r) => r.avProduct),
    sorted.map((r) => r.avSignatureDate),
    sorted.map((r) => r.health),
    given.mac,
    given.health,
  ]);
  return result as { created: number; updated: number };
}

async function pruneDevices(manager: EntityManager, keep: string[]): Promise<string[]> {
  const rows: { hostname: string }[] = await manager.query(
    `WITH gone AS (DELETE FROM devices WHERE NOT (hostname = ANY($1::text[])) RETURNING hostname)
     SELECT hostname FROM gone`,
    [keep],
  );
  return rows.map((r) => r.hostname).sort();
}
