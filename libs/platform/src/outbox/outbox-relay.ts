import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { OUTBOX_CHANNEL } from '../database/spine';
import { QueueFactory } from '../queue/queue-factory';
import { PgListener } from './pg-listener';

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
  delay_ms: number;
}

export interface RelayOptions {
  batchSize: number;
  pollMs: number;
  maxBackoffMs: number;
}

/**
 * The BullMQ job id of an outbox row's job id. BullMQ refuses custom ids holding ':'
 * (but for its legacy three-part form) and ids that read as integers, and one refused
 * id fails the whole batch, again and again; so every ':' becomes '.' and an integer
 * gets a prefix. The mapping is fixed, so a re-relayed row still finds its job.
 */
export function queueJobId(outboxJobId: string): string {
  const id = outboxJobId.replace(/:/g, '.');
  return /^\d+$/.test(id) ? `j${id}` : id;
}

/**
 * Hands committed outbox rows to BullMQ with their deterministic job ids, then marks
 * them relayed. Rows are locked with SKIP LOCKED so several relays can run; while
 * Redis is away the batch rolls back and is tried again with backoff. A row relayed
 * twice (crash between add and mark) is deduplicated by BullMQ's jobId.
 */
@Injectable()
export class OutboxRelay implements BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: PgListener | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private failures = 0;
  private options: RelayOptions = { batchSize: 500, pollMs: 1_000, maxBackoffMs: 5_000 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(options: Partial<RelayOptions> = {}): Promise<void> {
    this.options = { ...this.options, ...options };
    this.stopped = false;
    this.listener = new PgListener(
      this.config.databaseUrl,
      [OUTBOX_CHANNEL],
      () => this.kick(),
      () => this.kick(),
    );
    await this.listener.start();
    this.schedule(0);
  }

  /** Relays now (or right after the pass under way). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.pass().finally(() => {
        this.running = null;
      });
    }, ms);
  }

  private async pass(): Promise<void> {
    let next = this.options.pollMs;
    try {
      let moved: number;
      do {
        this.again = false;
        moved = await this.relayBatch();
      } while ((moved === this.options.batchSize || this.again) && !this.stopped);
      if (this.failures > 0) this.logger.log('outbox relay: queue reachable again');
      this.failures = 0;
    } catch (err) {
      this.failures += 1;
      next = Math.min(this.options.maxBackoffMs, 100 * 2 ** this.failures);
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.logger.warn(`outbox relay: ${(err as Error).message}; rows wait, retrying`);
      }
    }
    this.schedule(next);
  }

  /** Relays one batch; returns how many rows it moved. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, queue, job_name, job_id, payload, delay_ms FROM outbox
         WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, OutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [queue, list] of byQueue) {
        await this.queues.queue(queue).addBulk(
          list.map((row) => ({
            name: row.job_name,
            data: row.payload,
            opts: {
              jobId: queueJobId(row.job_id),
              ...(row.delay_ms > 0 ? { delay: row.delay_ms } : {}),
            },
          })),
        );
      }
      await manager.query(`UPDATE outbox SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.listener?.stop();
    this.listener = null;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
