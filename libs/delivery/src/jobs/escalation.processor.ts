import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { type DataOf, JOBS, QUEUES } from '@cordon/contracts';
import { fanoutJobId } from '@cordon/broadcasts';
import { CHANNELS } from '@cordon/domain';
import { QueueProcessor, recoveryOptions, Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { DeliveryRepository } from '../delivery.repository';

export interface EscalationResult {
  /** Recipients sent the broadcast on another channel. */
  escalated: number;
  /** Recipients who had not acknowledged when the time was up. */
  silent: number;
  /** Silent recipients with no other channel that reaches them. */
  noOtherChannel: number;
}

/**
 * `broadcast.escalate`, due `escalateAfterMinutes` after an acknowledgement-requested
 * broadcast: each recipient who has not acknowledged gets the broadcast on the first
 * channel they have no delivery on and can be reached by (the domain's
 * `decideEscalation`, set-based), as round 1 with new ack tokens; the rest are silent.
 * `escalated_at` makes it happen once; the event tells the owner how many are silent.
 */
@QueueProcessor(QUEUES.escalation, (config) => ({ ...recoveryOptions(config), concurrency: 1 }))
export class EscalationProcessor extends WorkerHost {
  constructor(
    private readonly spine: Spine,
    private readonly deliveries: DeliveryRepository,
  ) {
    super();
  }

  async process(
    job: Job<DataOf<'broadcast-escalation', 'broadcast.escalate'>>,
  ): Promise<EscalationResult> {
    const { broadcastId } = job.data;
    return this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const head = await this.deliveries.markEscalated(tx.manager, broadcastId);
      if (!head) return { escalated: 0, silent: 0, noOtherChannel: 0 };
      const escalated = await this.deliveries.insertEscalations(tx.manager, broadcastId, CHANNELS);
      const result = {
        escalated,
        silent: head.unacknowledged,
        noOtherChannel: head.unacknowledged - escalated,
      };
      tx.appendToIncident(head.incident_id, 'broadcast.escalated', {
        broadcastId,
        ...result,
      });
      if (escalated > 0) {
        await this.deliveries.addDeliveries(tx.manager, broadcastId, escalated);
        await tx.enqueue({
          queue: QUEUES.fanout,
          name: JOBS.fanout,
          jobId: `${fanoutJobId(broadcastId)}-escalation`,
          payload: { broadcastId },
        });
      }
      return result;
    });
  }
}
