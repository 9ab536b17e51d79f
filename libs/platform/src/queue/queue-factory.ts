import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Job, JobsOptions, Processor, Queue, Worker, WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { closeRedis, createRedis } from '../redis/redis';

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
  // Completed jobs are kept a day so a re-relayed jobId is still recognised and not run twice.
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * BullMQ queues and workers on REDIS_URL with QUEUE_PREFIX. Producers share one
 * fail-fast connection; each worker gets its own blocking connection.
 */
@Injectable()
export class QueueFactory implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueFactory.name);
  private producer: Redis | null = null;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly consumerConnections: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get prefix(): string {
    return this.config.queuePrefix;
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      this.producer ??= createRedis(this.config.redisUrl, 'producer');
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

  worker<T = unknown, R = unknown>(
    name: string,
    processor: Processor<T, R>,
    options: Omit<WorkerOptions, 'connection' | 'prefix'> = {},
  ): Worker<T, R> {
    const connection = createRedis(this.config.redisUrl, 'consumer');
    this.consumerConnections.push(connection);
    const worker = new Worker<T, R>(name, processor, {
      concurrency: 10,
      ...options,
      connection,
      prefix: this.config.queuePrefix,
    });
    worker.on('error', (err) => this.logger.warn(`worker ${name}: ${err.message}`));
    worker.on('failed', (job: Job<T, R> | undefined, err) =>
      this.logger.warn(
        `job ${name}/${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`,
      ),
    );
    this.workers.push(worker as Worker);
    return worker;
  }

  /** Workers finish their running jobs first; then queues and connections close. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    await Promise.allSettled(
      [this.producer, ...this.consumerConnections].map((c) => closeRedis(c)),
    );
    this.workers.length = 0;
    this.consumerConnections.length = 0;
    this.queues.clear();
    this.producer = null;
  }
}
