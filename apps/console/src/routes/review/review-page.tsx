import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { ApiProblem, describeProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { Confirm } from '../../ui/confirm';
import { when } from '../../ui/time';
import { ReviewActionItems } from './review-action-items';
import { actionCounts } from './review-actions';
import { ReviewDownloads } from './review-downloads';
import { useIncidentHead, useReview, useReviewLive } from './review-queries';
import { ReviewReport } from './review-report';
import { ReviewSections } from './review-sections';
import { reviewKeys, type ReviewView } from './review-types';
import './review.css';

/** The post-incident review of one closed incident: findings, action items, report, evidence. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const incident = useIncidentHead(id);
  useReviewLive(id, incident.data?.lastSeq ?? null);
  const review = useReview(id, incident.isSuccess);
  const error = incident.error ?? review.error;

  if (error) {
    const notYet =
      error instanceof ApiProblem && error.status === 404 && incident.data?.status !== 'closed';
    return (
      <section>
        <h1>Post-incident review</h1>
        <p className={notYet ? 'alert alert-info' : 'alert alert-error'} role="alert">
          {notYet ? 'The review opens when the incident is closed.' : describeProblem(error)}
        </p>
        {incident.data && <Link to={`/incidents/${id}`}>Back to {incident.data.reference}</Link>}
      </section>
    );
  }
  if (!review.data || !incident.data) return <p aria-busy="true">Loading the review…</p>;
  const r = review.data;
  return (
    <section aria-labelledby="review-title" className="review-page">
      <ReviewHead review={r} />
      <ReviewSections review={r} />
      <ReviewActionItems review={r} />
      {can('owner', 'command') && <ReviewReport incidentId={id} />}
      {can('owner', 'command') && <ReviewDownloads incidentId={id} />}
    </section>
  );
}

function ReviewHead({ review: r }: { review: ReviewView }) {
  const qc = useQueryClient();
  const [signing, setSigning] = useState(false);
  const counts = actionCounts(r.actions);
  return (
    <header className="card">
      <div className="spread">
        <div>
          <p className="muted">
            <Link to={`/incidents/${r.incidentId}`}>{r.reference}</Link> · review opened{' '}
            {when(r.openedAt)}
          </p>
          <h1 id="review-title">Post-incident review: {r.title}</h1>
          <div className="row">
            <span
              className={r.status === 'completed' ? 'badge done' : 'badge'}
              data-testid="review-status"
            >
              {r.status === 'completed' ? '✓ Signed off' : 'Review open'}
            </span>
            <span>
              Owner: <strong>{r.owner.name}</strong>
            </span>
            <span>
              {counts.total} action item{counts.total === 1 ? '' : 's'}, {counts.open} open
              {counts.overdue > 0 && (
                <>
                  , <strong className="due-overdue">⚠ {counts.overdue} overdue</strong>
                </>
              )}
            </span>
            {r.completedAt && (
              <span>
                Signed off by {r.completedBy?.name} {when(r.completedAt)}
              </span>
            )}
          </div>
        </div>
        {r.canSignOff && (
          <div className="actions">
            <button type="button" className="primary" onClick={() => setSigning(true)}>
              Sign the review off
            </button>
          </div>
        )}
      </div>
      {signing && (
        <Confirm
          title="Sign the review off?"
          confirmLabel="Sign off"
          onConfirm={async () => {
            const view = await api.patch<ReviewView>(`incidents/${r.incidentId}/review`, {
              status: 'completed',
            });
            qc.setQueryData(reviewKeys.review(r.incidentId), view);
          }}
          onClose={() => setSigning(false)}
        >
          <p>
            The findings and action items are then fixed.{' '}
            {counts.open > 0
              ? `${counts.open} action item${counts.open === 1 ? ' stays' : 's stay'} open and ${counts.open === 1 ? 'is' : 'are'} still tracked to done, with reminders.`
              : 'Every action item is done.'}
          </p>
        </Confirm>
      )}
    </header>
  );
}
