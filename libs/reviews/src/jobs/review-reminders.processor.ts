import { WorkerHost } from '@nestjs/bullmq';
import { DataSource } from 'typeorm';
import { JOBS, QUEUES } from '@cordon/contracts';
import { BroadcastIncidents, BroadcastWriterService } from '@cordon/broadcasts';
import {
  actionReminderDue,
  actionReminderKey,
  reviewActionReminderNotice,
  utcDay,
} from '@cordon/domain';
import { noticeRequest, NoticesService } from '@cordon/notices';
import { everyScan, Spine, Sweep, SYSTEM_ACTOR } from '@cordon/platform';
import type { ReviewActionEntity } from '../entities';
import { ReviewActionRepository } from '../review-action.repository';

/**
 * Reminds the owners of overdue action items, each item at most once a UTC day: the day
 * is noted on the item under a guard (`last_reminded_on < today`) in the same transaction
 * as the notice (a broadcast keyed by item and day) and its `review.action_reminded`
 * event, so two workers sweeping at once send one.
 */
@Sweep(QUEUES.reviewReminders, JOBS.remindReviewActions, {
  every: (config) => Math.max(everyScan(config), 60_000),
})
export class ReviewRemindersProcessor extends WorkerHost {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly actions: ReviewActionRepository,
    private readonly incidents: BroadcastIncidents,
    private readonly writer: BroadcastWriterService,
    private readonly notices: NoticesService,
  ) {
    super();
  }

  /** The sweep; answers how many owners it reminded. */
  async process(): Promise<number> {
    const now = new Date();
    let reminded = 0;
    for (const action of await this.actions.remindable(utcDay(now))) {
      if (actionReminderDue(action, now) && (await this.remind(action, now))) reminded++;
    }
    return reminded;
  }

  private async remind(action: ReviewActionEntity, now: Date): Promise<boolean> {
    const owner = await this.notices.person(action.ownerId);
    const incident = await this.incidents.get(this.dataSource.manager, action.incidentId);
    if (!owner || !incident) return false;
    const today = utcDay(now);
    return this.spine.run(SYSTEM_ACTOR, async (tx) => {
      if (!(await this.actions.noteReminded(tx.manager, action.id, today))) return false;
      const written = await this.writer.write(tx, {
        incident,
        kind: 'review_reminder',
        idempotencyKey: actionReminderKey(action.id, now),
        request: noticeRequest(reviewActionReminderNotice(action.title, action.dueOn)),
        recipients: [owner],
        resetsCadence: false,
      });
      if (!written.created) return false;
      tx.appendToIncident(action.incidentId, 'review.action_reminded', {
        reviewId: action.reviewId,
        actionId: action.id,
        owner: { id: owner.id, name: owner.name },
        dueOn: action.dueOn,
        remindedOn: today,
        broadcastId: written.id,
      });
      return true;
    });
  }
}
