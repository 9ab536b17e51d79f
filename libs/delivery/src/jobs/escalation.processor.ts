import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { type DataOf, JOBS, QUEUES } from '@cordon/contracts';
import { ackTokens, ELIGIBILITY_SQL, fanoutJobId, returning } from '@cordon/broadcasts';
import { CHANNELS } from '@cordon/domain';
import { QueueProcessor, recoveryOptions, Spine, SYSTEM_ACTOR } from '@cordon/platform';

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
  constructor(private readonly spine: Spine) {
    super();
  }

  async process(
    job: Job<DataOf<'broadcast-escalation', 'broadcast.escalate'>>,
  ): Promise<EscalationResult> {
    const { broadcastId } = job.data;
    return this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const heads = await returning<{ incident_id: string; unacknowledged: number }>(
        tx.manager,
        `UPDATE broadcasts b SET escalated_at = clock_timestamp()
         WHERE b.id = $1 AND b.require_ack AND b.escalated_at IS NULL
         RETURNING b.incident_id,
           (SELECT count(*)::int FROM broadcast_recipients r
             WHERE r.broadcast_id = b.id AND r.acknowledged_at IS NULL) AS unacknowledged`,
        [broadcastId],
      );
      const head = heads[0];
      if (!head) return { escalated: 0, silent: 0, noOtherChannel: 0 };
      const tokens = ackTokens(head.unacknowledged);
      const inserted: { n: number }[] = await tx.manager.query(
        `WITH pick AS (
           SELECT DISTINCT ON (r.recipient_id) r.broadcast_id, r.recipient_id, ch, e.address
           FROM broadcast_recipients r
           CROSS JOIN unnest($2::text[]) WITH ORDINALITY AS c(ch, ord)
           ${ELIGIBILITY_SQL}
           WHERE r.broadcast_id = $1 AND r.acknowledged_at IS NULL AND e.reason IS NULL
             AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.broadcast_id = r.broadcast_id
                              AND d.recipient_id = r.recipient_id AND d.channel = ch)
           ORDER BY r.recipient_id, c.ord
         ), ins AS (
           INSERT INTO deliveries (broadcast_id, recipient_id, channel, round, status, address, ack_token)
           SELECT p.broadcast_id, p.recipient_id, p.ch, 1, 'queued', p.address,
                  ($3::text[])[row_number() OVER ()]
           FROM pick p
           ON CONFLICT (broadcast_id, recipient_id, channel) DO NOTHING RETURNING 1
         ) SELECT count(*)::int AS n FROM ins`,
        [broadcastId, [...CHANNELS], tokens],
      );
      const escalated = inserted[0]?.n ?? 0;
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
        await tx.manager.query(
          `UPDATE broadcasts SET status = 'sending', delivery_count = delivery_count + $2 WHERE id = $1`,
          [broadcastId, escalated],
        );
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
