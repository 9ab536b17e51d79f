import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TaskEvidence } from '@cordon/contracts';
import {
  deviceAfterEvidence,
  DeviceHealth,
  normaliseHostname,
  normalisePatch,
} from '@cordon/domain';
import { DevicesRepository } from './devices.repository';
import { DeviceEntity } from './entities/device.entity';

/** A device record as other features read it. */
export interface DeviceRecord {
  id: string;
  hostname: string;
  ip: string | null;
  lanId: string;
  departmentId: string;
  /** As recorded ("Windows 2000 Advanced Server"), null when unknown. */
  os: string | null;
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
  os: d.os,
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
  constructor(private readonly devices: DevicesRepository) {}

  /** Every device on these LANs, by host name. */
  async onLans(manager: EntityManager, lanIds: readonly string[]): Promise<DeviceRecord[]> {
    if (lanIds.length === 0) return [];
    return (await this.devices.onLans(manager, lanIds)).map(toRecord);
  }

  async byIds(manager: EntityManager, ids: readonly string[]): Promise<DeviceRecord[]> {
    if (ids.length === 0) return [];
    return (await this.devices.byIds(manager, ids)).map(toRecord);
  }

  /** The device a detection names: by host name first, then by IP address (the latest record). */
  async findByHost(
    manager: EntityManager,
    host: { hostname?: string | null; ip?: string | null },
  ): Promise<DeviceRecord | null> {
    const hostname = host.hostname ? normaliseHostname(host.hostname) : null;
    if (hostname) {
      const row = await this.devices.byHostname(manager, hostname);
      if (row) return toRecord(row);
    }
    if (host.ip) {
      const row = await this.devices.latestByIp(manager, host.ip);
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
    const created = await this.devices.insertUnknown(manager, device);
    const row = await this.devices.byHostname(manager, device.hostname);
    if (!row) throw new Error(`device ${device.hostname} vanished`);
    return { device: toRecord(row), created };
  }

  /** Sets a device's health; says what it was, and whether anything changed. */
  async setHealth(
    manager: EntityManager,
    deviceId: string,
    health: DeviceHealth,
  ): Promise<{ changed: boolean; previous: DeviceHealth | null }> {
    const previous = await this.devices.changeHealth(manager, deviceId, health);
    if (previous) return { changed: true, previous };
    return { changed: false, previous: await this.devices.healthOf(manager, deviceId) };
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
    const current = await this.devices.lockById(manager, deviceId);
    if (!current) throw new Error(`device ${deviceId} vanished`);
    const next = deviceAfterEvidence(current, evidence);
    await this.devices.update(manager, deviceId, {
      patches: next.patches,
      avProduct: next.avProduct,
      avSignatureDate: next.avSignatureDate,
      health: next.health,
    });
    return toRecord({ ...current, ...next });
  }

  /** Adds a patch to a device's record (a patch campaign's device marked patched). */
  async addPatch(manager: EntityManager, deviceId: string, patch: string): Promise<DeviceRecord> {
    const current = await this.devices.lockById(manager, deviceId);
    if (!current) throw new Error(`device ${deviceId} vanished`);
    const patches = [...new Set([...current.patches, normalisePatch(patch)])].sort();
    await this.devices.update(manager, deviceId, {
      patches,
      avProduct: current.avProduct,
      avSignatureDate: current.avSignatureDate,
      health: current.health,
    });
    return toRecord({ ...current, patches });
  }
}
