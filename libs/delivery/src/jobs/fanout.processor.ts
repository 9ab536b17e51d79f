import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { type DataOf, QUEUES } from '@cordon/contracts';
import { QueueProcessor, recoveryOptions, Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { DeliveryRepository } from '../delivery.repository';
import { SendQueue } from './send-queue';

const PAGE = 1_000;

/**
 * `broadcast.fanout`: one send job per queued delivery of the broadcast, added in bulk
 * with the delivery id as job id. Run twice (a crash, a re-relay, a retry of failed
 * deliveries), it adds only what is still queued, and BullMQ ignores ids it holds.
 */
@QueueProcessor(QUEUES.fanout, (config) => ({ ...recoveryOptions(config), concurrency: 2 }))
export class FanoutProcessor extends WorkerHost {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly spine: Spine,
    private readonly sends: SendQueue,
  ) {
    super();
  }

  async process(job: Job<DataOf<'broadcast-fanout', 'broadcast.fanout'>>): Promise<number> {
    const { broadcastId } = job.data;
    await this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const incidentId = await this.deliveries.startSending(tx.manager, broadcastId);
      if (incidentId) tx.appendToIncident(incidentId, 'broadcast.sending', { broadcastId });
    });
    let after = '00000000-0000-0000-0000-000000000000';
    let added = 0;
    for (;;) {
      const rows = await this.deliveries.queuedAfter(broadcastId, after, PAGE);
      if (rows.length === 0) break;
      await this.sends.add(broadcastId, rows);
      added += rows.length;
      after = rows[rows.length - 1]?.id ?? after;
      if (rows.length < PAGE) break;
    }
    return added;
  }
}
