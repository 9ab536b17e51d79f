import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The live feed's one read of the inventory: which department each device is in. */
@Injectable()
export class DeviceDepartmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Device id → its department id, for the ids that name a device. */
  async of(deviceIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(deviceIds)];
    if (ids.length === 0) return new Map();
    const rows: { id: string; departmentId: string }[] = await this.dataSource.query(
      `SELECT id, department_id AS "departmentId" FROM devices WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.departmentId]));
  }
}
