import type { Logger } from '@nestjs/common';
import type { JobName, QueueName } from '@cordon/contracts';
import type { QueueFactory } from './queue-factory';

/**
 * Schedules job `name` on `queue` every `everyMs` (idempotently: one scheduler, keyed by the
 * job name, whichever worker upserts it). With Redis away at start the processors wait
 * for it, and the scheduler is upserted on the next start.
 */
export async function scheduleEvery<Q extends QueueName>(
  queues: QueueFactory,
  queue: Q,
  name: JobName<Q>,
  everyMs: number,
  logger: Logger,
): Promise<void> {
  try {
    await queues
      .queue(queue)
      .upsertJobScheduler(
        name,
        { every: everyMs },
        { name, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
  } catch (err) {
    logger.warn({ msg: `could not schedule ${name}`, error: (err as Error).message });
  }
}
