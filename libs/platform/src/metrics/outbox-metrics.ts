import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Metrics } from './metrics';

/**
 * Outbox lag: rows committed and not yet handed to the queues, and the age of the oldest
 * (one query on the pending index per scrape). A growing age means no relay is running.
 */
@Injectable()
export class OutboxMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    if (!this.metrics.enabled) return;
    let read: Promise<{ pending: number; oldest: number }> | null = null;
    const figures = () => {
      read ??= this.read().finally(() => setTimeout(() => (read = null), 1_000).unref());
      return read;
    };
    this.metrics.gauge(
      'cordon_outbox_pending',
      'Outbox rows not yet relayed to the queues',
      [],
      async () => [{ labels: {}, value: (await figures()).pending }],
    );
    this.metrics.gauge(
      'cordon_outbox_oldest_pending_seconds',
      'Age of the oldest outbox row not yet relayed (0: none)',
      [],
      async () => [{ labels: {}, value: (await figures()).oldest }],
    );
  }

  private async read(): Promise<{ pending: number; oldest: number }> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS pending,
              coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest
         FROM outbox WHERE relayed_at IS NULL`,
    )) as { pending: number; oldest: number }[];
    return { pending: row?.pending ?? 0, oldest: Math.max(0, row?.oldest ?? 0) };
  }
}
