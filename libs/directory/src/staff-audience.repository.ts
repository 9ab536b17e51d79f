import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A broadcast's audience: everyone, or anyone in one of the departments, sites or LANs. */
export interface StaffAudienceSpec {
  all: boolean;
  departmentIds: string[];
  siteIds: string[];
  lanIds: string[];
}

/** A parameterised query other features embed in their own set-based SQL. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export interface StaffContact {
  id: string;
  name: string;
  email: string;
  mobile: string | null;
  smsConsent: boolean;
  lanCode: string | null;
}

export type AudienceField = 'departmentIds' | 'siteIds' | 'lanIds';

const CONTACT = `SELECT s.id, s.name, s.email, s.mobile, s.sms_consent AS "smsConsent", l.code AS "lanCode"
  FROM staff s LEFT JOIN lans l ON l.id = s.lan_id`;

/** The SQL that finds people: an audience's staff, unknown audience ids, contacts. */
@Injectable()
export class StaffAudienceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Yields `id, name, email, mobile, sms_consent, lan_code` of active staff (leavers a
   * directory sync marked inactive are never addressed); parameters from `$${firstParam}`.
   */
  selection(audience: StaffAudienceSpec, firstParam = 1): SqlFragment {
    const select = `SELECT s.id, s.name, s.email, s.mobile, s.sms_consent, l.code AS lan_code
      FROM staff s LEFT JOIN lans l ON l.id = s.lan_id`;
    if (audience.all) return { sql: `${select} WHERE s.active`, params: [] };
    const n = firstParam;
    return {
      sql: `${select}
      WHERE s.active AND (s.department_id = ANY($${n}::uuid[]) OR s.site_id = ANY($${n + 1}::uuid[])
         OR s.lan_id = ANY($${n + 2}::uuid[]))`,
      params: [audience.departmentIds, audience.siteIds, audience.lanIds],
    };
  }

  /** Each id of the audience that names no department, site or LAN, with its field. */
  unknownIds(
    audience: StaffAudienceSpec,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ field: AudienceField; id: string }[]> {
    return manager.query(
      `SELECT 'departmentIds' AS field, x AS id FROM unnest($1::uuid[]) x
         WHERE NOT EXISTS (SELECT 1 FROM departments d WHERE d.id = x)
       UNION ALL
       SELECT 'siteIds', x FROM unnest($2::uuid[]) x
         WHERE NOT EXISTS (SELECT 1 FROM sites s WHERE s.id = x)
       UNION ALL
       SELECT 'lanIds', x FROM unnest($3::uuid[]) x
         WHERE NOT EXISTS (SELECT 1 FROM lans l WHERE l.id = x)`,
      [audience.departmentIds, audience.siteIds, audience.lanIds],
    );
  }

  /** The department of each of these staff members (unknown ids are left out). */
  departmentsOf(
    ids: readonly string[],
    manager: EntityManager,
  ): Promise<{ id: string; departmentId: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT s.id, s.department_id AS "departmentId" FROM staff s WHERE s.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  async contactByEmail(email: string, manager: EntityManager): Promise<StaffContact | null> {
    const rows: StaffContact[] = await manager.query(`${CONTACT} WHERE s.email = lower($1)`, [
      email,
    ]);
    return rows[0] ?? null;
  }

  async contactById(id: string, manager: EntityManager): Promise<StaffContact | null> {
    const rows: StaffContact[] = await manager.query(`${CONTACT} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }
}
