import { Injectable } from '@nestjs/common';
import type { BroadcastStatus } from '@cordon/contracts';
import { completionEvent, PROGRESS_MIN_INTERVAL_MS } from '@cordon/domain';
import { Spine, SpineTransaction, SYSTEM_ACTOR } from '@cordon/platform';
import { countTotals } from './broadcast-totals';
import { returning } from './sql';

/**
 * The broadcast's own events. `broadcast.progress` at most once per 500 ms per
 * broadcast across every worker (a conditional UPDATE of `progress_at` decides), and
 * `broadcast.completed` exactly once (a conditional UPDATE moving the status to
 * `completed` while no delivery is pending, counting completions).
 */
@Injectable()
export class BroadcastEventsService {
  constructor(private readonly spine: Spine) {}

  /**
   * Emits progress if none went out in the last 500 ms, then completes the broadcast if
   * every delivery is final. Runs in its own transaction, after the delivery changes it
   * reports have committed: of two workers finishing the last deliveries at once, the
   * later check sees both.
   */
  async report(broadcastId: string): Promise<void> {
    await this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const due = await returning<{ incident_id: string; status: BroadcastStatus }>(
        tx.manager,
        // now() is this transaction's start, which is also the event's `at`: two progress
        // events are >= 500 ms apart on the timeline, whatever order their transactions commit in
        `UPDATE broadcasts SET progress_at = now()
         WHERE id = $1 AND (progress_at IS NULL
           OR progress_at <= now() - make_interval(secs => $2::float8 / 1000))
         RETURNING incident_id, status`,
        [broadcastId, PROGRESS_MIN_INTERVAL_MS],
      );
      let incidentId = due[0]?.incident_id;
      if (incidentId) {
        // the row was just updated in this transaction: its totals are there
        const totals = await countTotals(tx.manager, broadcastId);
        if (totals) {
          tx.appendToIncident(incidentId, 'broadcast.progress', {
            broadcastId,
            status: due[0]?.status,
            totals,
          });
        }
      } else {
        const open: { incident_id: string }[] = await tx.manager.query(
          `SELECT incident_id FROM broadcasts WHERE id = $1 AND status <> 'completed'`,
          [broadcastId],
        );
        incidentId = open[0]?.incident_id;
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
    const done = await returning<{ completions: number }>(
      tx.manager,
      `UPDATE broadcasts SET status = 'completed', completions = completions + 1,
              completed_at = coalesce(completed_at, clock_timestamp())
       WHERE id = $1 AND status <> 'completed'
         AND NOT EXISTS (SELECT 1 FROM deliveries d
                         WHERE d.broadcast_id = $1 AND d.status IN ('queued', 'sending'))
       RETURNING completions`,
      [broadcastId],
    );
    const row = done[0];
    if (!row) return false;
    const totals = await countTotals(tx.manager, broadcastId);
    if (totals) {
      tx.appendToIncident(incidentId, completionEvent(row.completions), {
        broadcastId,
        status: 'completed',
        totals,
      });
    }
    return true;
  }

  /** Fan-out started: queued → sending (once). */
  async markSending(tx: SpineTransaction, broadcastId: string): Promise<void> {
    await tx.manager.query(
      `UPDATE broadcasts SET status = 'sending' WHERE id = $1 AND status = 'queued'`,
      [broadcastId],
    );
  }
}
