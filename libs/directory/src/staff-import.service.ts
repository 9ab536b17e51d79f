import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ImportResult } from '@cordon/contracts';
import { actorOf, AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import {
  sortImportLines,
  normaliseEmail,
  STAFF_COLUMNS,
  StaffColumn,
  StaffRow,
  validateStaffRow,
} from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { readCsvUpload } from './csv-upload';
import { DirectoryLookup } from './directory-lookup.service';

const UPSERT = `
  WITH up AS (
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
      updated_at = now()
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS created,
         count(*) FILTER (WHERE NOT inserted)::int AS updated
  FROM up`;

const MAX_LISTED = 500;

/**
 * `POST /staff/import`: the staff CSV upserted by email in one statement, bad lines
 * reported by line, one `staff.imported` event per import. Missing staff are removed
 * only when asked (`prune`), and never those whose line was merely rejected.
 */
@Injectable()
export class StaffImportService {
  constructor(
    private readonly spine: Spine,
    private readonly lookup: DirectoryLookup,
  ) {}

  async import(csv: unknown, user: AuthUser, options: { prune?: boolean }): Promise<ImportResult> {
    const table = readCsvUpload<StaffColumn>(csv, STAFF_COLUMNS, 'staff list');
    const prune = options.prune ?? false;
    return this.spine.run(actorOf(user), async (tx) => {
      const lookups = await this.lookup.byCode(tx.manager);
      const {
        rows,
        rejected,
        keysInFile: inFile,
      } = sortImportLines<StaffColumn, StaffRow>(table, {
        validate: (values) => validateStaffRow(values, lookups),
        rawKey: (values) => normaliseEmail(values.email ?? '') ?? '',
        key: (row) => row.email,
        keyName: 'email',
      });

      const { created, updated } = await upsertStaff(
        tx.manager,
        rows,
        table.columns.includes('smsConsent'),
      );
      const removed = prune ? await pruneStaff(tx.manager, [...inFile]) : [];
      await tx.append(DIRECTORY_STREAM, 'staff.imported', {
        lines: table.rows.length + table.rejected.length,
        created,
        updated,
        deleted: removed.length,
        deletedEmails: removed.slice(0, MAX_LISTED),
        rejected: rejected.length,
        prune,
      });
      return { created, updated, deleted: removed.length, rejected };
    });
  }
}

async function upsertStaff(
  manager: EntityManager,
  rows: StaffRow[],
  consentGiven: boolean,
): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  // one lock order for every import, so two concurrent imports cannot deadlock
  const sorted = [...rows].sort((a, b) => (a.email < b.email ? -1 : 1));
  const [result] = await manager.query(UPSERT, [
    sorted.map((r) => r.name),
    sorted.map((r) => r.email),
    sorted.map((r) => r.mobile),
    sorted.map((r) => r.departmentId),
    sorted.map((r) => r.siteId),
    sorted.map((r) => r.lanId),
    sorted.map((r) => r.smsConsent),
    consentGiven,
  ]);
  return result as { created: number; updated: number };
}

async function pruneStaff(manager: EntityManager, keep: string[]): Promise<string[]> {
  const rows: { email: string }[] = await manager.query(
    `WITH gone AS (DELETE FROM staff WHERE NOT (email = ANY($1::text[])) RETURNING email)
     SELECT email FROM gone`,
    [keep],
  );
  return rows.map((r) => r.email).sort();
}
