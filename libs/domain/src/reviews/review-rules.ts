import type { ReviewActionState, ReviewStatus } from '@cordon/contracts';
import { hasAnyRole } from '../auth/department-scope';
import { DomainError } from '../errors/domain-error';
import { invalidField } from '../errors/invalid-field';
import type { IncidentActor, IncidentFacts } from '../incidents/incident-permissions';

/**
 * A post-incident review: opened when its incident closes, its sections and action items
 * written by the owner and command staff while it is open, signed off (completed) by the
 * incident's owner. Action items move open → done, by their own owner or the writers;
 * an open item past its due day is overdue and its owner is reminded, once a day.
 */

/** The day of an instant, in UTC (YYYY-MM-DD): due days and reminder days are UTC days. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The owner, admins and command staff write the review (its sections, its action items). */
export const mayWriteReview = (user: IncidentActor, incident: IncidentFacts): boolean =>
  user.id === incident.ownerId || hasAnyRole(user, ['command']);

/** The incident's owner signs the review off (or an admin). */
export const maySignOffReview = (user: IncidentActor, incident: IncidentFacts): boolean =>
  user.id === incident.ownerId || user.roles.includes('admin');

export function assertMayWriteReview(user: IncidentActor, incident: IncidentFacts): void {
  if (!mayWriteReview(user, incident)) {
    throw new DomainError(
      'forbidden',
      'Only the incident owner, an admin or command staff may write the review',
    );
  }
}

/** Sections and action items change only while the review is open. */
export function assertReviewOpen(status: ReviewStatus): void {
  if (status !== 'open') {
    throw new DomainError('invalid_transition', 'The review is signed off: it no longer changes');
  }
}

/** open → completed, by the owner (or an admin), once. */
export function decideSignOff(
  status: ReviewStatus,
  user: IncidentActor,
  incident: IncidentFacts,
): 'completed' {
  if (!maySignOffReview(user, incident)) {
    throw new DomainError(
      'forbidden',
      'Only the incident owner or an admin may sign the review off',
    );
  }
  assertReviewOpen(status);
  return 'completed';
}

/** What an action item's rules need of it. */
export interface ReviewActionFacts {
  ownerId: string;
  state: ReviewActionState;
  dueOn: string;
}

/** A due day is a real calendar day (YYYY-MM-DD). */
export function assertDueDay(dueOn: string, field = 'dueOn'): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueOn);
  const day = match ? new Date(`${dueOn}T00:00:00.000Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || utcDay(day) !== dueOn) {
    throw invalidField(field, 'must be a date YYYY-MM-DD');
  }
}

/** A new action item is due today or later. */
export function assertDueNotPast(dueOn: string, now: Date, field = 'dueOn'): void {
  assertDueDay(dueOn, field);
  if (dueOn < utcDay(now)) throw invalidField(field, 'must be today or later');
}

/** Open and its due day is over. */
export const actionOverdue = (action: Pick<ReviewActionFacts, 'state' | 'dueOn'>, now: Date) =>
  action.state === 'open' && action.dueOn < utcDay(now);

/**
 * open → done: by the item's owner or whoever writes the review, while the review is open.
 * Marking a done item done again is refused, so the event is written once.
 */
export function decideActionDone(
  action: ReviewActionFacts,
  reviewStatus: ReviewStatus,
  user: IncidentActor,
  incident: IncidentFacts,
): 'done' {
  if (user.id !== action.ownerId && !mayWriteReview(user, incident)) {
    throw new DomainError(
      'forbidden',
      'Only the action item’s owner, the incident owner or command staff may mark it done',
    );
  }
  assertReviewOpen(reviewStatus);
  if (action.state !== 'open') {
    throw new DomainError('invalid_transition', 'The action item is done already');
  }
  return 'done';
}

/** Title, owner or due day change while the item is open, by whoever writes the review. */
export function assertMayChangeAction(
  action: ReviewActionFacts,
  reviewStatus: ReviewStatus,
  user: IncidentActor,
  incident: IncidentFacts,
): void {
  assertMayWriteReview(user, incident);
  assertReviewOpen(reviewStatus);
  if (action.state !== 'open') {
    throw new DomainError('invalid_transition', 'A done action item no longer changes');
  }
}

/** What the reminder sweep needs of an action item. */
export interface RemindableAction {
  id: string;
  state: ReviewActionState;
  dueOn: string;
  /** The UTC day its owner was last reminded, or null. */
  lastRemindedOn: string | null;
}

/** Overdue and not reminded yet today: its owner is reminded (at most once a day). */
export const actionReminderDue = (action: RemindableAction, now: Date): boolean =>
  actionOverdue(action, now) &&
  (action.lastRemindedOn === null || action.lastRemindedOn < utcDay(now));

/** The reminder's idempotency key: one per item and UTC day, so two sweeps send one. */
export const actionReminderKey = (actionId: string, now: Date): string =>
  `review-action-${actionId}-${utcDay(now)}`;
