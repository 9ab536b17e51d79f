import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { BroadcastStatus } from '@cordon/contracts';
import type { DeliveryStatus as DomainDeliveryStatus } from '@cordon/domain';
import { returning } from '@cordon/platform';
import type { BroadcastTotals } from '@cordon/contracts';
import { DeliveryCountRow, foldTotals } from './broadcast-totals';

/** A broadcast as access checks read it. */
export interface BroadcastHeadRow {
  id: string;
  incident_id: string;
  require_ack: boolean;
}

/** Who a broadcast reached and who answered. */
export interface PeopleRow {
  recipients: number;
  require_ack: boolean;
  acknowledged: number;
}

/**
 * A broadcast's own row and its counts: the conditional UPDATEs that throttle progress
 * and complete it once, the retry of failed deliveries, and the reads of its totals.
 */
@Injectable()
export class BroadcastRepository {
  constructor(private readonly dataSource: DataSource) {}

  async head(broadcastId: string): Promise<BroadcastHeadRow | null> {
    const rows: BroadcastHeadRow[] = await this.dataSource.query(
      `SELECT id, incident_id, require_ack FROM broadcasts WHERE id = $1`,
      [broadcastId],
    );
    return rows[0] ?? null;
  }

  /**
   * Takes the progress slot if none went out in the last `progressIntervalMs` of the
   * broadcast's deliveries — at least `spacing.minMs`, `spacing.msPerDelivery` each
   * (now() is the transaction's start, which is also the event's `at`); the incident
   * and status then.
   */
  async takeProgressSlot(
    manager: EntityManager,
    broadcastId: string,
    spacing: { minMs: number; msPerDelivery: number },
  ): Promise<{ incident_id: string; status: BroadcastStatus } | null> {
    const due = await returning<{ incident_id: string; status: BroadcastStatus }>(
      manager,
      `UPDATE broadcasts SET progress_at = now()
       WHERE id = $1 AND (progress_at IS NULL OR progress_at <= now() - make_interval(
         secs => greatest($2::float8, delivery_count * $3::float8) / 1000))
       RETURNING incident_id, status`,
      [broadcastId, spacing.minMs, spacing.msPerDelivery],
    );
    return due[0] ?? null;
  }

  /** The incident of a broadcast not completed yet. */
  async incidentIfOpen(manager: EntityManager, broadcastId: string): Promise<string | null> {
    const open: { incident_id: string }[] = await manager.query(
      `SELECT incident_id FROM broadcasts WHERE id = $1 AND status <> 'completed'`,
      [broadcastId],
    );
    return open[0]?.incident_id ?? null;
  }

  /** Completed, when no delivery is queued or sending; the count of completions then. */
  async completeIfNothingPending(
    manager: EntityManager,
    broadcastId: string,
  ): Promise<number | null> {
    const done = await returning<{ completions: number }>(
      manager,
      `UPDATE broadcasts SET status = 'completed', completions = completions + 1,
              completed_at = coalesce(completed_at, clock_timestamp())
       WHERE id = $1 AND status <> 'completed'
         AND NOT EXISTS (SELECT 1 FROM deliveries d
                         WHERE d.broadcast_id = $1 AND d.status IN ('queued', 'sending'))
       RETURNING completions`,
      [broadcastId],
    );
    return done[0]?.completions ?? null;
  }

  /** queued → sending (once). */
  async markSending(manager: EntityManager, broadcastId: string): Promise<void> {
    await manager.query(
      `UPDATE broadcasts SET status = 'sending' WHERE id = $1 AND status = 'queued'`,
      [broadcastId],
    );
  }

  /** Deliveries in `from` statuses queued again under new job ids; answers how many. */
  async requeueFailed(
    manager: EntityManager,
    broadcastId: string,
    from: DomainDeliveryStatus[],
  ): Promise<number> {
    const retried = await returning<{ id: string }>(
      manager,
      `UPDATE deliveries SET status = 'queued', job_gen = job_gen + 1, lease_until = NULL,
              attempt_started_at = NULL, failed_at = NULL, updated_at = now()
       WHERE broadcast_id = $1 AND status = ANY($2::text[]) RETURNING id`,
      [broadcastId, from],
    );
    return retried.length;
  }

  /** One more retry, sending again; answers the retry's number. */
  async countRetry(manager: EntityManager, broadcastId: string): Promise<number> {
    const head = await returning<{ retries: number }>(
      manager,
      `UPDATE broadcasts SET retries = retries + 1, status = 'sending' WHERE id = $1 RETURNING retries`,
      [broadcastId],
    );
    return head[0]?.retries ?? 1;
  }

  /** The totals of one broadcast, counted from its rows (two index scans). */
  async totals(manager: EntityManager, broadcastId: string): Promise<BroadcastTotals | null> {
    const people = await this.people(manager, broadcastId);
    if (!people) return null;
    return foldTotals(await this.deliveryCounts(manager, broadcastId), {
      recipients: people.recipients,
      acknowledged: people.acknowledged,
      requireAck: people.require_ack,
    });
  }

  /** Recipients and acknowledgements of a broadcast (an index scan). */
  private async people(manager: EntityManager, broadcastId: string): Promise<PeopleRow | null> {
    const head: PeopleRow[] = await manager.query(
      `SELECT b.recipient_count AS recipients, b.require_ack,
              (SELECT count(*)::int FROM broadcast_recipients r
                WHERE r.broadcast_id = b.id AND r.acknowledged_at IS NOT NULL) AS acknowledged
       FROM broadcasts b WHERE b.id = $1`,
      [broadcastId],
    );
    return head[0] ?? null;
  }

  /** Its deliveries counted per channel, status and skip reason (an index scan). */
  private deliveryCounts(manager: EntityManager, broadcastId: string): Promise<DeliveryCountRow[]> {
    return manager.query(
      `SELECT channel, status, CASE WHEN status = 'skipped' THEN reason END AS reason, count(*)::int AS n
       FROM deliveries WHERE broadcast_id = $1 GROUP BY 1, 2, 3`,
      [broadcastId],
    );
  }
}
