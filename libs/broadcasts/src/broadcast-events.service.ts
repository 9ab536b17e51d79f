import { Injectable } from '@nestjs/common';
import {
  completionEvent,
  PROGRESS_MIN_INTERVAL_MS,
  PROGRESS_MS_PER_DELIVERY,
} from '@cordon/domain';
import { Spine, SpineTransaction, SYSTEM_ACTOR } from '@cordon/platform';
import { BroadcastRepository } from './broadcast.repository';

/**
 * The broadcast's own events. `broadcast.progress` at most once per 500 ms per
 * broadcast across every worker, longer for large broadcasts (`progressIntervalMs`;
 * a conditional UPDATE of `progress_at` decides), and
 * `broadcast.completed` exactly once (a conditional UPDATE moving the status to
 * `completed` while no delivery is pending, counting completions).
 */
@Injectable()
export class BroadcastEventsService {
  constructor(
    private readonly spine: Spine,
    private readonly broadcasts: BroadcastRepository,
  ) {}

  /**
   * Emits progress if none went out in the last 500 ms, then completes the broadcast if
   * every delivery is final. Runs in its own transaction, after the delivery changes it
   * reports have committed: of two workers finishing the last deliveries at once, the
   * later check sees both.
   */
  async report(broadcastId: string): Promise<void> {
    await this.spine.run(SYSTEM_ACTOR, async (tx) => {
      // now() is this transaction's start, which is also the event's `at`: two progress
      // events are >= 500 ms apart on the timeline, whatever order their transactions commit in
      // spaced by the domain's progressIntervalMs of its deliveries: each event counts them
      const due = await this.broadcasts.takeProgressSlot(tx.manager, broadcastId, {
        minMs: PROGRESS_MIN_INTERVAL_MS,
        msPerDelivery: PROGRESS_MS_PER_DELIVERY,
      });
      let incidentId = due?.incident_id ?? null;
      if (due) {
        // the row was just updated in this transaction: its totals are there
        const totals = await this.broadcasts.totals(tx.manager, broadcastId);
        if (totals)
          tx.appendToIncident(due.incident_id, 'broadcast.progress', {
            broadcastId,
            status: due.status,
            totals,
          });
      } else {
        incidentId = await this.broadcasts.incidentIfOpen(tx.manager, broadcastId);
      }
      if (incidentId) await this.completeIfDone(tx, broadcastId, incidentId);
    });
  }

  /** Marks the broadcast completed when no delivery is queued or sending; true if it did. */
  async completeIfDone(
    tx: SpineTransaction,
    broadcastId: string,
    incidentId: string,
  ): Promise<boolean> {
    const completions = await this.broadcasts.completeIfNothingPending(tx.manager, broadcastId);
    if (completions === null) return false;
    const totals = await this.broadcasts.totals(tx.manager, broadcastId);
    if (totals) {
      tx.appendToIncident(incidentId, completionEvent(completions), {
        broadcastId,
        status: 'completed',
        totals,
      });
    }
    return true;
  }

  /** Fan-out started: queued → sending (once). */
  async markSending(tx: SpineTransaction, broadcastId: string): Promise<void> {
    await this.broadcasts.markSending(tx.manager, broadcastId);
  }
}
