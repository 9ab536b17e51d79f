import { Injectable } from '@nestjs/common';
import type { ImportResult } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { CsvImporter, CsvImportSpec } from '@cordon/directory';
import {
  DEVICE_COLUMNS,
  DeviceColumn,
  DeviceRow,
  normaliseHostname,
  validateDeviceRow,
} from '@cordon/domain';
import { INVENTORY_STREAM } from './baseline.service';
import { DevicesRepository } from './devices.repository';

/**
 * `POST /devices/import`: the device CSV upserted by host name in one statement, bad
 * lines reported by line, one `devices.imported` event per import. The optional `mac`
 * and `health` columns, when absent, leave what is recorded alone. Missing devices are
 * removed only when asked (`prune`), never those whose line was merely rejected.
 */
@Injectable()
export class DeviceImportService {
  private readonly spec: CsvImportSpec<DeviceColumn, DeviceRow>;

  constructor(
    private readonly importer: CsvImporter,
    devices: DevicesRepository,
  ) {
    this.spec = {
      list: 'device list',
      columns: DEVICE_COLUMNS,
      validate: validateDeviceRow,
      rawKey: (values) => normaliseHostname(values.hostname ?? '') ?? '',
      key: (row) => row.hostname,
      keyName: 'hostname',
      store: (manager, rows, columns) =>
        devices.upsert(manager, rows, {
          mac: columns.includes('mac'),
          health: columns.includes('health'),
        }),
      prune: (manager, keep) => devices.pruneExcept(manager, keep),
      record: (tx, { deletedKeys, ...counts }) =>
        tx.append(INVENTORY_STREAM, 'devices.imported', {
          ...counts,
          deletedHostnames: deletedKeys,
        }),
    };
  }

  import(csv: unknown, user: AuthUser, options: { prune?: boolean }): Promise<ImportResult> {
    return this.importer.run(this.spec, csv, user, options);
  }
}
