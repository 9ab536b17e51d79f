import { Injectable } from '@nestjs/common';
import type { ImportResult } from '@cordon/contracts';
import { AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import {
  normaliseEmail,
  STAFF_COLUMNS,
  StaffColumn,
  StaffRow,
  validateStaffRow,
} from '@cordon/domain';
import { CsvImporter, CsvImportSpec } from './csv-import';
import { StaffRepository } from './staff.repository';

/**
 * `POST /staff/import`: the staff CSV upserted by email in one statement, bad lines
 * reported by line, one `staff.imported` event per import. Missing staff are removed
 * only when asked (`prune`), and never those whose line was merely rejected. A file
 * without the smsConsent column leaves the consent of people already listed alone.
 */
@Injectable()
export class StaffImportService {
  private readonly spec: CsvImportSpec<StaffColumn, StaffRow>;

  constructor(
    private readonly importer: CsvImporter,
    staff: StaffRepository,
  ) {
    this.spec = {
      list: 'staff list',
      columns: STAFF_COLUMNS,
      validate: validateStaffRow,
      rawKey: (values) => normaliseEmail(values.email ?? '') ?? '',
      key: (row) => row.email,
      keyName: 'email',
      store: (manager, rows, columns) =>
        staff.upsert(manager, rows, columns.includes('smsConsent')),
      prune: (manager, keep) => staff.pruneExcept(manager, keep),
      record: (tx, { deletedKeys, ...counts }) =>
        tx.append(DIRECTORY_STREAM, 'staff.imported', { ...counts, deletedEmails: deletedKeys }),
    };
  }

  import(csv: unknown, user: AuthUser, options: { prune?: boolean }): Promise<ImportResult> {
    return this.importer.run(this.spec, csv, user, options);
  }
}
