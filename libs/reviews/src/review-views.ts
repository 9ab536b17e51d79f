import type { ReviewActionView, ReviewSummaryView, ReviewView } from '@cordon/contracts';
import { actionOverdue, type IncidentActor, type IncidentFacts } from '@cordon/domain';
import { mayWriteReview, maySignOffReview } from '@cordon/domain';
import type { ReviewActionEntity } from './entities';
import type { ReviewRow, ReviewSummaryRow } from './review.repository';

const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function toActionView(
  a: ReviewActionEntity,
  now: Date,
  reference: string,
): ReviewActionView {
  return {
    id: a.id,
    reviewId: a.reviewId,
    incidentId: a.incidentId,
    reference,
    title: a.title,
    owner: { id: a.ownerId, name: a.ownerName },
    dueOn: a.dueOn,
    state: a.state,
    overdue: actionOverdue(a, now),
    doneBy: ref(a.doneById, a.doneByName),
    doneAt: a.doneAt?.toISOString() ?? null,
    createdBy: { id: a.createdById, name: a.createdByName },
    createdAt: a.createdAt.toISOString(),
    lastRemindedOn: a.lastRemindedOn,
  };
}

export function toReviewView(
  r: ReviewRow,
  actions: readonly ReviewActionEntity[],
  user: IncidentActor,
  incident: IncidentFacts,
  now: Date,
): ReviewView {
  const open = r.status === 'open';
  return {
    id: r.id,
    incidentId: r.incidentId,
    reference: r.reference,
    title: r.title,
    status: r.status,
    owner: { id: r.ownerId, name: r.ownerName },
    openedAt: r.openedAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
    completedBy: ref(r.completedById, r.completedByName),
    wentWell: r.wentWell,
    wentWrong: r.wentWrong,
    contributingFactors: r.contributingFactors,
    actions: actions.map((a) => toActionView(a, now, r.reference)),
    canEdit: open && mayWriteReview(user, incident),
    canSignOff: open && maySignOffReview(user, incident),
  };
}

export const toSummaryView = (r: ReviewSummaryRow): ReviewSummaryView => ({
  id: r.id,
  incidentId: r.incidentId,
  reference: r.reference,
  title: r.title,
  status: r.status,
  owner: { id: r.ownerId, name: r.ownerName },
  openedAt: r.openedAt.toISOString(),
  completedAt: r.completedAt?.toISOString() ?? null,
  actions: { total: r.total, open: r.open, overdue: r.overdue },
});
