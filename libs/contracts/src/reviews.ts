/** Post-incident reviews: opened when an incident closes, with action items tracked to done. */
import type { UserRef } from './incidents';

export const REVIEW_STATUSES = ['open', 'completed'] as const;
/** open: the sections and action items are being written; completed: signed off by the owner. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_ACTION_STATES = ['open', 'done'] as const;
export type ReviewActionState = (typeof REVIEW_ACTION_STATES)[number];

/** The free-text sections of a review. */
export interface ReviewSections {
  wentWell: string;
  wentWrong: string;
  contributingFactors: string;
}

export interface ReviewActionView {
  id: string;
  reviewId: string;
  incidentId: string;
  /** The incident's reference (INC-YYYY-NNNN). */
  reference: string;
  title: string;
  owner: UserRef;
  /** The day it is due (YYYY-MM-DD); overdue from the day after. */
  dueOn: string;
  state: ReviewActionState;
  /** Open and its due day has passed. */
  overdue: boolean;
  doneBy: UserRef | null;
  doneAt: string | null;
  createdBy: UserRef;
  createdAt: string;
  /** The day its owner was last reminded (YYYY-MM-DD), or null. */
  lastRemindedOn: string | null;
}

export interface ReviewView extends ReviewSections {
  id: string;
  incidentId: string;
  reference: string;
  title: string;
  status: ReviewStatus;
  /** The incident's owner: who signs the review off. */
  owner: UserRef;
  openedAt: string;
  completedAt: string | null;
  completedBy: UserRef | null;
  actions: ReviewActionView[];
  /** What the caller may do with it. */
  canEdit: boolean;
  canSignOff: boolean;
}

/** `GET /reviews`: one review with its action items counted. */
export interface ReviewSummaryView {
  id: string;
  incidentId: string;
  reference: string;
  title: string;
  status: ReviewStatus;
  owner: UserRef;
  openedAt: string;
  completedAt: string | null;
  actions: { total: number; open: number; overdue: number };
}

/** `PATCH /incidents/:id/review`: sections to change, or `status: completed` to sign off. */
export interface UpdateReviewRequest {
  wentWell?: string;
  wentWrong?: string;
  contributingFactors?: string;
  status?: 'completed';
}

export interface CreateReviewActionRequest {
  title: string;
  ownerId: string;
  /** YYYY-MM-DD. */
  dueOn: string;
}

/** `PATCH …/actions/:actionId`: change what it says, who owns it, when it is due; or mark it done. */
export interface UpdateReviewActionRequest {
  title?: string;
  ownerId?: string;
  dueOn?: string;
  state?: 'done';
}

// Event data (stream incident:<id>).

export interface ReviewOpenedData {
  reviewId: string;
  owner: UserRef;
}

export interface ReviewUpdatedData {
  reviewId: string;
  changes: Partial<ReviewSections>;
}

export interface ReviewCompletedData {
  reviewId: string;
  completedBy: UserRef;
  openActions: number;
}

export interface ReviewActionAddedData {
  reviewId: string;
  actionId: string;
  title: string;
  owner: UserRef;
  dueOn: string;
}

export interface ReviewActionChangedData {
  reviewId: string;
  actionId: string;
  changes: { title?: string; owner?: UserRef; dueOn?: string };
}

export interface ReviewActionDoneData {
  reviewId: string;
  actionId: string;
  doneBy: UserRef;
  /** Done after its due day. */
  late: boolean;
}

export interface ReviewActionRemindedData {
  reviewId: string;
  actionId: string;
  owner: UserRef;
  dueOn: string;
  /** The day of this reminder (YYYY-MM-DD): one a day at most. */
  remindedOn: string;
  broadcastId: string;
}

/** The job the incidents feature queues when an incident closes: open its review (once). */
export interface ReviewOpenJobData {
  incidentId: string;
}
