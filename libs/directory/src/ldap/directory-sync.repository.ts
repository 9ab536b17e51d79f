import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { StaffSyncedData } from '@cordon/contracts';
import type { ExistingStaff, SyncedStaff } from '@cordon/domain';

const EXISTING = `
  SELECT id, directory_id AS "directoryId", directory_dn AS dn, name, email, mobile,
         department_id AS "departmentId", site_id AS "siteId", lan_id AS "lanId", active
  FROM staff ORDER BY id`;

/** The staff rows a directory sync reads and its three set-based writes. */
@Injectable()
export class DirectorySyncRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One sync at a time across every api and worker process: a lock for the transaction,
   * not waited for (false: another sync holds it).
   */
  async tryLock(manager: EntityManager): Promise<boolean> {
    const [row]: { locked: boolean }[] = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('cordon.directory-sync')) AS locked`,
    );
    return row?.locked === true;
  }

  /** Every member of staff; `lock`: their rows locked until the transaction ends. */
  existing(
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ExistingStaff[]> {
    return manager.query(lock ? `${EXISTING} FOR UPDATE` : EXISTING);
  }

  /** New staff, one statement; SMS consent as the CSV import gives it (a mobile means yes). */
  async create(manager: EntityManager, rows: SyncedStaff[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO staff (name, email, mobile, department_id, site_id, lan_id, sms_consent,
                          directory_id, directory_dn, active)
       SELECT t.name, t.email, t.mobile, t.department_id, t.site_id, t.lan_id, t.mobile IS NOT NULL,
              t.directory_id, t.directory_dn, true
       FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[],
                   $7::text[], $8::text[])
         AS t(name, email, mobile, department_id, site_id, lan_id, directory_id, directory_dn)
       ORDER BY t.email`,
      [
        rows.map((r) => r.name),
        rows.map((r) => r.email),
        rows.map((r) => r.mobile),
        rows.map((r) => r.departmentId),
        rows.map((r) => r.siteId),
        rows.map((r) => r.lanId ?? null),
        rows.map((r) => r.directoryId),
        rows.map((r) => r.dn),
      ],
    );
  }

  /**
   * The changed rows, one statement, active again and linked to their entry. A row's
   * LAN is kept when the directory holds none (`lanId` undefined); consent is kept.
   */
  async update(manager: EntityManager, rows: { id: string; row: SyncedStaff }[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE staff s SET
         name = t.name, email = t.email, mobile = t.mobile, department_id = t.department_id,
         site_id = t.site_id, lan_id = CASE WHEN t.keep_lan THEN s.lan_id ELSE t.lan_id END,
         directory_id = t.directory_id, directory_dn = t.directory_dn, active = true,
         updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[],
                   $7::uuid[], $8::boolean[], $9::text[], $10::text[])
         AS t(id, name, email, mobile, department_id, site_id, lan_id, keep_lan, directory_id,
              directory_dn)
       WHERE s.id = t.id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.row.name),
        rows.map((r) => r.row.email),
        rows.map((r) => r.row.mobile),
        rows.map((r) => r.row.departmentId),
        rows.map((r) => r.row.siteId),
        rows.map((r) => r.row.lanId ?? null),
        rows.map((r) => r.row.lanId === undefined),
        rows.map((r) => r.row.directoryId),
        rows.map((r) => r.row.dn),
      ],
    );
  }

  /** The last `staff.synced` event: its data and time. */
  async lastSync(): Promise<(StaffSyncedData & { at: string }) | null> {
    const rows: { at: Date; data: StaffSyncedData }[] = await this.dataSource.query(
      `SELECT at, data FROM events WHERE stream = 'directory' AND type = 'staff.synced'
       ORDER BY seq DESC LIMIT 1`,
    );
    const row = rows[0];
    return row ? { ...row.data, at: new Date(row.at).toISOString() } : null;
  }

  /** Leavers marked inactive (never deleted). */
  async deactivate(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE staff SET active = false, updated_at = now() WHERE id = ANY($1::uuid[]) AND active`,
      [ids],
    );
  }
}
