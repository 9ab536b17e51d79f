import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Metrics } from '@cordon/platform';

/**
 * `cordon_deliveries{channel,status}`: every delivery ever made, by channel and status,
 * read with one grouped count when Prometheus scrapes the api (the sends happen in the
 * workers, which may be many; the table is the one place that sees them all). A count
 * over the table: with a scrape every 15 s it stays cheap into the millions of rows.
 */
@Injectable()
export class DeliveryMetricsRepository implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    if (!this.metrics.enabled) return;
    this.metrics.gauge(
      'cordon_deliveries',
      'Deliveries by channel and status (all broadcasts)',
      ['channel', 'status'],
      async () =>
        (await this.countByChannelAndStatus()).map((r) => ({
          labels: { channel: r.channel, status: r.status },
          value: r.count,
        })),
    );
  }

  async countByChannelAndStatus(): Promise<{ channel: string; status: string; count: number }[]> {
    return this.db.query(
      `SELECT channel, status, count(*)::int AS count FROM deliveries GROUP BY channel, status`,
    );
  }
}
