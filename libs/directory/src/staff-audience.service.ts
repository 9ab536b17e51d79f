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

/**
 * The directory's read side for reaching people: the staff an audience selects, as a
 * query that yields `id, name, email, mobile, sms_consent, lan_code` (so thousands of
 * recipients are written with one INSERT … SELECT, never row by row), and contact
 * details by email. Other features never query the staff table themselves.
 */
@Injectable()
export class StaffAudience {
  constructor(private readonly dataSource: DataSource) {}

  /** Parameters are numbered from `$${firstParam}`. */
  query(audience: StaffAudienceSpec, firstParam = 1): SqlFragment {
    const select = `SELECT s.id, s.name, s.email, s.mobile, s.sms_consent, l.code AS lan_code
      FROM staff s LEFT JOIN lans l ON l.id = s.lan_id`;
    if (audience.all) return { sql: select, params: [] };
    const n = firstParam;
    return {
      sql: `${select}
      WHERE s.department_id = ANY($${n}::uuid[]) OR s.site_id = ANY($${n + 1}::uuid[])
         OR s.lan_id = ANY($${n + 2}::uuid[])`,
      params: [audience.departmentIds, audience.siteIds, audience.lanIds],
    };
  }

  /** Ids in the audience that name no department, site or LAN, by field. */
  async unknownIds(
    audience: StaffAudienceSpec,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ field: 'departmentIds' | 'siteIds' | 'lanIds'; ids: string[] }[]> {
    const rows: { field: 'departmentIds' | 'siteIds' | 'lanIds'; id: string }[] =
      await manager.query(
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
    const byField = new Map<(typeof rows)[number]['field'], string[]>();
    for (const row of rows) byField.set(row.field, [...(byField.get(row.field) ?? []), row.id]);
    return [...byField].map(([field, ids]) => ({ field, ids }));
  }

  /** The staff member with this email (a login's person in the directory), if any. */
  async contactByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffContact | null> {
    const rows: StaffContact[] = await manager.query(
      `SELECT s.id, s.name, s.email, s.mobile, s.sms_consent AS "smsConsent", l.code AS "lanCode"
         FROM staff s LEFT JOIN lans l ON l.id = s.lan_id WHERE s.email = lower($1)`,
      [email],
    );
    return rows[0] ?? null;
  }

  /** Staff members by id, for recording an acknowledgement by hand. */
  async contact(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffContact | null> {
    const rows: StaffContact[] = await manager.query(
      `SELECT s.id, s.name, s.email, s.mobile, s.sms_consent AS "smsConsent", l.code AS "lanCode"
         FROM staff s LEFT JOIN lans l ON l.id = s.lan_id WHERE s.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
