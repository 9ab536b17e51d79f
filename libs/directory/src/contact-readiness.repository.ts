import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ContactGap, ContactGapView, Page } from '@cordon/contracts';
import { keysetClause, keysetOrder, KeysetRequest } from '@cordon/platform';

/** Per staff member: an email on record, and why SMS does not reach them (null: it does). */
const CONTACTS = `SELECT st.id, st.name, st.email, st.department_id, st.site_id, st.lan_id,
         coalesce(st.email, '') <> '' AS has_email,
         CASE WHEN coalesce(st.mobile, '') = '' THEN 'no_mobile'
              WHEN st.mobile !~ '^\\+[1-9][0-9]{7,14}$' THEN 'invalid_mobile'
              WHEN NOT st.sms_consent THEN 'no_sms_consent' END AS gap
  FROM staff st WHERE st.active`;

/** Counts of one group: the whole list (`kind` all), a department or a site. */
export interface ReadinessRow {
  kind: 'all' | 'department' | 'site';
  id: string | null;
  code: string | null;
  name: string | null;
  staff: number;
  email: number;
  sms: number;
  both: number;
  none: number;
  noMobile: number;
  invalidMobile: number;
  noConsent: number;
}

export interface GapFilter {
  departmentId?: string;
  siteId?: string;
  gap?: ContactGap;
}

const GAPS_BY_NAME = keysetOrder<ContactGapView>(
  ['c.name', { column: 'c.id', cast: 'uuid' }],
  (c) => [c.name, c.staffId],
);

/**
 * Contact readiness in SQL, under the broadcast rules (an email address; SMS needs an
 * E.164 mobile and consent, checked in that order): counts overall, per department and
 * per site in one statement, and the staff SMS does not reach, by name.
 */
@Injectable()
export class ContactReadinessRepository {
  constructor(private readonly dataSource: DataSource) {}

  counts(): Promise<ReadinessRow[]> {
    return this.dataSource.query(
      `WITH c AS (${CONTACTS}),
       g AS (
         SELECT CASE WHEN grouping(department_id) = 0 THEN 'department'
                     WHEN grouping(site_id) = 0 THEN 'site' ELSE 'all' END AS kind,
                coalesce(department_id, site_id) AS id,
                count(*)::int AS staff,
                (count(*) FILTER (WHERE has_email))::int AS email,
                (count(*) FILTER (WHERE gap IS NULL))::int AS sms,
                (count(*) FILTER (WHERE has_email AND gap IS NULL))::int AS both,
                (count(*) FILTER (WHERE NOT has_email AND gap IS NOT NULL))::int AS none,
                (count(*) FILTER (WHERE gap = 'no_mobile'))::int AS "noMobile",
                (count(*) FILTER (WHERE gap = 'invalid_mobile'))::int AS "invalidMobile",
                (count(*) FILTER (WHERE gap = 'no_sms_consent'))::int AS "noConsent"
         FROM c GROUP BY GROUPING SETS ((), (department_id), (site_id)))
       SELECT g.*, coalesce(d.code, s.code) AS code, coalesce(d.name, s.name) AS name
       FROM g
       LEFT JOIN departments d ON g.kind = 'department' AND d.id = g.id
       LEFT JOIN sites s ON g.kind = 'site' AND s.id = g.id
       ORDER BY g.kind, coalesce(d.code, s.code) NULLS LAST`,
    );
  }

  async gaps(filter: GapFilter, request: KeysetRequest): Promise<Page<ContactGapView>> {
    const params: unknown[] = [
      filter.departmentId ?? null,
      filter.siteId ?? null,
      filter.gap ?? null,
    ];
    const page = keysetClause(GAPS_BY_NAME, request, params);
    const rows: ContactGapView[] = await this.dataSource.query(
      `SELECT c.id AS "staffId", c.name, c.email, c.department_id AS "departmentId",
              c.site_id AS "siteId", l.code AS "lanCode", c.gap
       FROM (${CONTACTS}) c LEFT JOIN lans l ON l.id = c.lan_id
       WHERE c.gap IS NOT NULL
         AND ($1::uuid IS NULL OR c.department_id = $1) AND ($2::uuid IS NULL OR c.site_id = $2)
         AND ($3::text IS NULL OR c.gap = $3)
         ${page.where ? `AND ${page.where}` : ''}
       ${page.tail}`,
      params,
    );
    return page.page(rows, (r) => r);
  }
}
