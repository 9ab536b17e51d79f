import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Page } from '@cordon/contracts';
import { deleteAllExcept, ImportCounts, upsertCounted } from '@cordon/directory';
import type { DeviceHealth, DeviceRow } from '@cordon/domain';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { DeviceEntity } from './entities/device.entity';

export interface DeviceFilter {
  departmentId?: string | null;
  lanId?: string;
  health?: DeviceHealth;
  /** Part of the host name, any case. */
  q?: string;
}

/** What compliance reads of every device. */
export interface DeviceFacts {
  lan_id: string;
  department_id: string;
  patches: string[];
  av_product: string | null;
  av_signature_date: string | null;
  health: DeviceHealth;
}

export type DeviceRecordChange = Pick<
  DeviceEntity,
  'patches' | 'avProduct' | 'avSignatureDate' | 'health'
>;

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const BY_HOSTNAME = keysetOrder<DeviceEntity>(['d.hostname'], (d) => [d.hostname]);

const UPSERT = `
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
    updated_at = now()`;

/** The devices table: pages by host name, lookups, health, the import's set-based writes. */
@Injectable()
export class DevicesRepository {
  constructor(private readonly dataSource: DataSource) {}

  page<V>(
    filter: DeviceFilter,
    request: KeysetRequest,
    view: (d: DeviceEntity) => V,
  ): Promise<Page<V>> {
    const qb = this.dataSource.getRepository(DeviceEntity).createQueryBuilder('d');
    if (filter.departmentId) qb.andWhere('d.departmentId = :dept', { dept: filter.departmentId });
    if (filter.lanId) qb.andWhere('d.lanId = :lan', { lan: filter.lanId });
    if (filter.health) qb.andWhere('d.health = :health', { health: filter.health });
    if (filter.q) qb.andWhere('d.hostname ILIKE :q', { q: likePattern(filter.q.toLowerCase()) });
    return keysetPage(qb, BY_HOSTNAME, request, view);
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<DeviceEntity | null> {
    return manager.getRepository(DeviceEntity).findOneBy({ id });
  }

  byIds(manager: EntityManager, ids: readonly string[]): Promise<DeviceEntity[]> {
    return manager.getRepository(DeviceEntity).findBy({ id: In([...new Set(ids)]) });
  }

  /** Every device on these LANs, by host name. */
  onLans(manager: EntityManager, lanIds: readonly string[]): Promise<DeviceEntity[]> {
    return manager
      .getRepository(DeviceEntity)
      .find({ where: { lanId: In([...lanIds]) }, order: { hostname: 'ASC' } });
  }

  byHostname(manager: EntityManager, hostname: string): Promise<DeviceEntity | null> {
    return manager.getRepository(DeviceEntity).findOneBy({ hostname });
  }

  /** The latest updated device with this address. */
  async latestByIp(manager: EntityManager, ip: string): Promise<DeviceEntity | null> {
    const [row] = await manager
      .getRepository(DeviceEntity)
      .createQueryBuilder('d')
      .where('d.ip = CAST(:ip AS inet)', { ip })
      .orderBy('d.updatedAt', 'DESC')
      .limit(1)
      .getMany();
    return row ?? null;
  }

  /** Inserts a device with health unknown unless the host name exists; whether it did. */
  async insertUnknown(
    manager: EntityManager,
    device: { hostname: string; ip: string | null; lanId: string; departmentId: string },
  ): Promise<boolean> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO devices (hostname, ip, lan_id, department_id, health)
       VALUES ($1, $2::inet, $3, $4, 'unknown')
       ON CONFLICT (hostname) DO NOTHING
       RETURNING id`,
      [device.hostname, device.ip, device.lanId, device.departmentId],
    );
    return inserted.length === 1;
  }

  /** Sets the health when it differs; the one before, or null when nothing changed. */
  async changeHealth(
    manager: EntityManager,
    deviceId: string,
    health: DeviceHealth,
  ): Promise<DeviceHealth | null> {
    const rows: { previous: DeviceHealth }[] = await manager.query(
      `WITH changed AS (
         UPDATE devices d SET health = $2, updated_at = now()
         FROM (SELECT id, health FROM devices WHERE id = $1 FOR UPDATE) old
         WHERE d.id = old.id AND old.health <> $2
         RETURNING old.health AS previous
       )
       SELECT previous FROM changed`,
      [deviceId, health],
    );
    return rows[0]?.previous ?? null;
  }

  async healthOf(manager: EntityManager, deviceId: string): Promise<DeviceHealth | null> {
    const rows: { health: DeviceHealth }[] = await manager.query(
      `SELECT health FROM devices WHERE id = $1`,
      [deviceId],
    );
    return rows[0]?.health ?? null;
  }

  /** The device, locked against other writes until the transaction ends. */
  lockById(manager: EntityManager, deviceId: string): Promise<DeviceEntity | null> {
    return manager.getRepository(DeviceEntity).findOne({
      where: { id: deviceId },
      lock: { mode: 'for_no_key_update' },
    });
  }

  async update(
    manager: EntityManager,
    deviceId: string,
    change: DeviceRecordChange,
  ): Promise<void> {
    await manager.getRepository(DeviceEntity).update({ id: deviceId }, change);
  }

  /** What compliance counts, of one department's devices or (null) all. */
  facts(departmentId: string | null): Promise<DeviceFacts[]> {
    return this.dataSource.query(
      `SELECT lan_id, department_id, patches, av_product, av_signature_date::text AS av_signature_date, health
       FROM devices WHERE $1::uuid IS NULL OR department_id = $1::uuid`,
      [departmentId],
    );
  }

  /**
   * Inserts or updates the rows by host name in one statement. The optional `mac` and
   * `health` columns, when the file lacks them, leave what is recorded alone.
   */
  upsert(
    manager: EntityManager,
    rows: DeviceRow[],
    given: { mac: boolean; health: boolean },
  ): Promise<ImportCounts> {
    return upsertCounted(manager, UPSERT, rows, {
      key: (r) => r.hostname,
      columns: [
        (r) => r.hostname,
        (r) => r.ip,
        (r) => r.mac,
        (r) => r.lanId,
        (r) => r.departmentId,
        (r) => r.os,
        (r) => r.patches.join(';'),
        (r) => r.avProduct,
        (r) => r.avSignatureDate,
        (r) => r.health,
      ],
      flags: [given.mac, given.health],
    });
  }

  /** Deletes every device whose host name is not in `keep`; their host names, sorted. */
  pruneExcept(manager: EntityManager, keep: string[]): Promise<string[]> {
    return deleteAllExcept(manager, 'devices', 'hostname', keep);
  }
}
