import { Injectable, OnModuleInit } from '@nestjs/common';
import { QUEUES } from '@cordon/contracts';
import { QueueFactory } from '../queue/queue-factory';
import { Metrics } from './metrics';

const STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'] as const;

interface QueueFigures {
  queue: string;
  counts: Record<string, number>;
  /** Seconds the oldest job ready to run has waited (0: none waiting). */
  oldestWaitSeconds: number;
}

/**
 * Per BullMQ queue (every queue of the job map): jobs by state and the age of the oldest
 * job waiting to run, read from Redis at scrape time. Both gauges share one read per scrape.
 */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  private read: { at: number; figures: Promise<QueueFigures[]> } | null = null;

  constructor(
    private readonly metrics: Metrics,
    private readonly queues: QueueFactory,
  ) {}

  onModuleInit(): void {
    if (!this.metrics.enabled) return;
    this.metrics.gauge(
      'cordon_queue_jobs',
      'BullMQ jobs by queue and state (completed: those still kept, a day)',
      ['queue', 'state'],
      async () =>
        (await this.figures()).flatMap(({ queue, counts }) =>
          STATES.map((state) => ({ labels: { queue, state }, value: counts[state] ?? 0 })),
        ),
    );
    this.metrics.gauge(
      'cordon_queue_oldest_waiting_seconds',
      'Age of the oldest job ready to run and not yet taken, per queue (0: none)',
      ['queue'],
      async () =>
        (await this.figures()).map(({ queue, oldestWaitSeconds }) => ({
          labels: { queue },
          value: oldestWaitSeconds,
        })),
    );
  }

  private figures(): Promise<QueueFigures[]> {
    if (this.read && Date.now() - this.read.at < 1_000) return this.read.figures;
    const figures = Promise.all(Object.values(QUEUES).map((name) => this.readQueue(name)));
    this.read = { at: Date.now(), figures };
    figures.catch(() => (this.read = null));
    return figures;
  }

  private async readQueue(name: string): Promise<QueueFigures> {
    const queue = this.queues.queue(name);
    const [counts, oldest] = await Promise.all([
      queue.getJobCounts(...STATES),
      // ascending: the job that has waited longest (wait is a list, prioritized a sorted set)
      queue.getJobs(['wait', 'prioritized'], 0, 0, true),
    ]);
    const now = Date.now();
    const readySince = oldest
      .filter((job) => job !== undefined && job !== null)
      .map((job) => job.timestamp + (job.opts.delay ?? 0));
    const since = readySince.length ? Math.min(...readySince) : now;
    return { queue: name, counts, oldestWaitSeconds: Math.max(0, (now - since) / 1000) };
  }
}
