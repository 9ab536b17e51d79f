import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Page } from '@cordon/contracts';
import type { StaffRow } from '@cordon/domain';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { StaffEntity } from './entities/staff.entity';
import type { ImportCounts } from './csv-import';
import { deleteAllExcept, upsertCounted } from './import.repository';

export interface StaffFilter {
  departmentId?: string | null;
  siteId?: string;
  lanId?: string;
  /** Part of the name or email, any case. */
  q?: string;
}

export interface StaffPlace {
  departmentId: string;
  siteId: string | null;
  lanId: string | null;
}

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const BY_NAME = keysetOrder<StaffEntity>(['s.name', { column: 's.id', cast: 'uuid' }], (s) => [
  s.name,
  s.id,
]);

const UPSERT = `
  INSERT INTO staff (name, email, mobile, department_id, site_id, lan_id, sms_consent)
  SELECT t.name, t.email, t.mobile, t.department_id, t.site_id, t.lan_id,
         COALESCE(t.sms_consent, t.mobile IS NOT NULL)
  FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::boolean[])
    AS t(name, email, mobile, department_id, site_id, lan_id, sms_consent)
  ON CONFLICT (email) DO UPDATE SET
    name = EXCLUDED.name,
    mobile = EXCLUDED.mobile,
    department_id = EXCLUDED.department_id,
    site_id = EXCLUDED.site_id,
    lan_id = EXCLUDED.lan_id,
    sms_consent = CASE WHEN $8::boolean THEN EXCLUDED.sms_consent ELSE staff.sms_consent END,
    updated_at = now()`;

/** The staff table: pages by name, and the import's and SMS consent's set-based writes. */
@Injectable()
export class StaffRepository {
  constructor(private readonly dataSource: DataSource) {}

  page<V>(
    filter: StaffFilter,
    request: KeysetRequest,
    view: (s: StaffEntity) => V,
  ): Promise<Page<V>> {
    const qb = this.dataSource.getRepository(StaffEntity).createQueryBuilder('s');
    if (filter.departmentId) qb.andWhere('s.departmentId = :d', { d: filter.departmentId });
    if (filter.siteId) qb.andWhere('s.siteId = :site', { site: filter.siteId });
    if (filter.lanId) qb.andWhere('s.lanId = :lan', { lan: filter.lanId });
    if (filter.q)
      qb.andWhere('(s.name ILIKE :q OR s.email ILIKE :q)', { q: likePattern(filter.q) });
    return keysetPage(qb, BY_NAME, request, view);
  }

  byId(id: string): Promise<StaffEntity | null> {
    return this.dataSource.getRepository(StaffEntity).findOneBy({ id });
  }

  async place(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffPlace | null> {
    const row = await manager.getRepository(StaffEntity).findOne({
      where: { id },
      select: { id: true, departmentId: true, siteId: true, lanId: true },
    });
    return row ? { departmentId: row.departmentId, siteId: row.siteId, lanId: row.lanId } : null;
  }

  /**
   * Inserts or updates the rows by email in one statement. The SMS consent of people
   * already listed is kept unless the file has the column (`consentGiven`).
   */
  upsert(manager: EntityManager, rows: StaffRow[], consentGiven: boolean): Promise<ImportCounts> {
    return upsertCounted(manager, UPSERT, rows, {
      key: (r) => r.email,
      columns: [
        (r) => r.name,
        (r) => r.email,
        (r) => r.mobile,
        (r) => r.departmentId,
        (r) => r.siteId,
        (r) => r.lanId,
        (r) => r.smsConsent,
      ],
      flags: [consentGiven],
    });
  }

  /** Deletes everyone whose email is not in `keep`; their emails, sorted. */
  pruneExcept(manager: EntityManager, keep: string[]): Promise<string[]> {
    return deleteAllExcept(manager, 'staff', 'email', keep);
  }

  /** Sets the SMS consent of everyone with this mobile whose consent differs; who changed. */
  setConsentByMobile(
    manager: EntityManager,
    mobile: string,
    consent: boolean,
  ): Promise<{ id: string; name: string }[]> {
    return manager.query(
      `WITH changed AS (
         UPDATE staff SET sms_consent = $2, updated_at = now()
         WHERE mobile = $1 AND sms_consent <> $2
         RETURNING id, name
       ) SELECT id, name FROM changed ORDER BY id`,
      [mobile, consent],
    );
  }
}
