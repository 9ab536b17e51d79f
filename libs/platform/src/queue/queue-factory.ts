import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { BulkJobOptions, JobsOptions, Queue } from 'bullmq';
import type { JobSpec, QueueName } from '@cordon/contracts';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { closeRedis, createRedis, RedisConnection } from '../redis/redis';

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
  // Completed jobs are kept a day so a re-relayed jobId is still recognised and not run twice.
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * BullMQ queues on REDIS_URL with QUEUE_PREFIX, for producers (the outbox relay, the
 * fan-out) and for reading queue state; they share one fail-fast connection. The
 * workers are `@Processor` classes (`QueueWorkersModule`).
 */
@Injectable()
export class QueueFactory implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueFactory.name);
  private producer: RedisConnection | null = null;
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get prefix(): string {
    return this.config.queuePrefix;
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      this.producer ??= createRedis(this.config, 'producer');
      queue = new Queue(name, {
        connection: this.producer,
        prefix: this.config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      queue.on('error', (err) => this.logger.warn(`queue ${name}: ${err.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds jobs of the job map's shapes to `queue` in one call (the fan-out's sends). */
  async addBulk<Q extends QueueName>(
    queue: Q,
    jobs: (JobSpec<Q> & { opts?: BulkJobOptions })[],
  ): Promise<void> {
    await this.queue(queue).addBulk(jobs);
  }

  /** The queues and their connection close (the workers, if any, have stopped before). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    await closeRedis(this.producer);
    this.queues.clear();
    this.producer = null;
  }
}
