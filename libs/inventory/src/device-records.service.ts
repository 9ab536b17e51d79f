import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { TaskEvidence } from '@cordon/contracts';
import { deviceAfterEvidence, DeviceHealth, normaliseHostname } from '@cordon/domain';
import { DeviceEntity } from './entities/device.entity';

/** A device record as other features read it. */
export interface DeviceRecord {
  id: string;
  hostname: string;
  ip: string | null;
  lanId: string;
  departmentId: string;
  patches: string[];
  avProduct: string | null;
  avSignatureDate: string | null;
  health: DeviceHealth;
}

const toRecord = (d: DeviceEntity): DeviceRecord => ({
  id: d.id,
  hostname: d.hostname,
  ip: d.ip,
  lanId: d.lanId,
  departmentId: d.departmentId,
  patches: d.patches,
  avProduct: d.avProduct,
  avSignatureDate: d.avSignatureDate,
  health: d.health,
});

/**
 * The device reads and writes other features make inside their own transactions
 * (pass the transaction's manager): the devices of a LAN, a detection's host, an
 * isolation, the record updated from cleanup evidence.
 */
@Injectable()
export class DeviceRecordsService {
  /** Every device on these LANs, by host name. */
  async onLans(manager: EntityManager, lanIds: readonly string[]): Promise<DeviceRecord[]> {
    if (lanIds.length === 0) return [];
    const rows = await manager
      .getRepository(DeviceEntity)
      .find({ where: { lanId: In([...lanIds]) }, order: { hostname: 'ASC' } });
    return rows.map(toRecord);
  }

  async byIds(manager: EntityManager, ids: readonly string[]): Promise<DeviceRecord[]> {
    if (ids.length === 0) return [];
    const rows = await manager.getRepository(DeviceEntity).findBy({ id: In([...new Set(ids)]) });
    return rows.map(toRecord);
  }

  /** The device a detection names: by host name first, then by IP address (the latest record). */
  async findByHost(
    manager: EntityManager,
    host: { hostname?: string | null; ip?: string | null },
  ): Promise<DeviceRecord | null> {
    const hostname = host.hostname ? normaliseHostname(host.hostname) : null;
    if (hostname) {
      const row = await manager.getRepository(DeviceEntity).findOneBy({ hostname });
      if (row) return toRecord(row);
    }
    if (host.ip) {
      const [row] = await manager
        .getRepository(DeviceEntity)
        .createQueryBuilder('d')
        .where('d.ip = CAST(:ip AS inet)', { ip: host.ip })
        .orderBy('d.updatedAt', 'DESC')
        .limit(1)
        .getMany();
      if (row) return toRecord(row);
    }
    return null;
  }

  /**
   * Records a host the inventory did not know, on the LAN its address belongs to, with
   * health unknown. Two detections of the same new host record it once.
   */
  async recordUnknown(
    manager: EntityManager,
    device: { hostname: string; ip: string | null; lanId: string; departmentId: string },
  ): Promise<{ device: DeviceRecord; created: boolean }> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO devices (hostname, ip, lan_id, department_id, health)
       VALUES ($1, $2::inet, $3, $4, 'unknown')
       ON CONFLICT (hostname) DO NOTHING
       RETURNING id`,
      [device.hostname, device.ip, device.lanId, device.departmentId],
    );
    const row = await manager
      .getRepository(DeviceEntity)
      .findOneByOrFail({ hostname: device.hostname });
    return { device: toRecord(row), created: inserted.length === 1 };
  }

  /** Sets a device's health; says what it was, and whether anything changed. */
  async setHealth(
    manager: EntityManager,
    deviceId: string,
    health: DeviceHealth,
  ): Promise<{ changed: boolean; previous: DeviceHealth | null }> {
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
    if (rows.length) return { changed: true, previous: rows[0].previous };
    const [row] = await manager.query(`SELECT health FROM devices WHERE id = $1`, [deviceId]);
    return { changed: false, previous: (row?.health as DeviceHealth | undefined) ?? null };
  }

  /**
   * Writes accepted cleanup evidence into the device record (patches added, anti-virus
   * as evidenced, health clean after a clean scan), so compliance follows the work.
   */
  async applyEvidence(
    manager: EntityManager,
    deviceId: string,
    evidence: TaskEvidence,
  ): Promise<DeviceRecord> {
    const repo = manager.getRepository(DeviceEntity);
    const current = await repo.findOne({
      where: { id: deviceId },
      lock: { mode: 'for_no_key_update' },
    });
    if (!current) throw new Error(`device ${deviceId} vanished`);
    const next = deviceAfterEvidence(current, evidence);
    await repo.update(
      { id: deviceId },
      {
        patches: next.patches,
        avProduct: next.avProduct,
        avSignatureDate: next.avSignatureDate,
        health: next.health,
      },
    );
    return toRecord({ ...current, ...next });
  }
}
