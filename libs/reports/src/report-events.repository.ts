import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventView } from '@cordon/contracts';
import type { DepartmentNames } from '@cordon/domain';
import { incidentStream } from '@cordon/platform';

/** The reads reports make: incidents' event logs (the truth) and department labels. */
@Injectable()
export class ReportEventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The incident's whole log in seq order, read in keyset batches. */
  async incidentEvents(incidentId: string, batchSize = 5_000): Promise<EventView[]> {
    const stream = incidentStream(incidentId);
    const events: EventView[] = [];
    for (let after = 0; ;) {
      const rows: (Omit<EventView, 'at'> & { at: Date })[] = await this.dataSource.query(
        `SELECT seq, at, type, actor, data FROM events WHERE stream = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [stream, after, batchSize],
      );
      for (const r of rows) events.push({ ...r, at: new Date(r.at).toISOString() });
      if (rows.length < batchSize) return events;
      after = rows[rows.length - 1].seq;
    }
  }

  /** Every incident that has a log, oldest declaration first. */
  async incidentIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM incidents ORDER BY created_at, id`,
    );
    return rows.map((r) => r.id);
  }

  /** Department id → code and name: labels for the figures, never figures themselves. */
  async departmentNames(): Promise<DepartmentNames> {
    const rows: { id: string; code: string; name: string }[] = await this.dataSource.query(
      `SELECT id, code, name FROM departments`,
    );
    return Object.fromEntries(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
  }
}
