import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Page } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { when } from '../../ui/time';
import { MyReviewActions } from './my-review-actions';
import { reviewKeys, type ReviewSummaryView } from './review-types';
import './review.css';

type Filter = 'open' | 'completed' | 'all';

/** Every post-incident review, newest first, with its open and overdue action items. */
export function ReviewsPage() {
  const [status, setStatus] = useState<Filter>('open');
  const reviews = useQuery({
    queryKey: reviewKeys.list(status),
    queryFn: () =>
      api.get<Page<ReviewSummaryView>>('reviews', {
        limit: 200,
        status: status === 'all' ? undefined : status,
      }),
    // counts move as items are done and fall due: read again every minute
    refetchInterval: 60_000,
  });
  const items = reviews.data?.items ?? [];
  return (
    <section aria-labelledby="reviews-title">
      <h1 id="reviews-title">Post-incident reviews</h1>
      <MyReviewActions />
      <form className="row filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as Filter)}>
            <option value="open">Open (not signed off)</option>
            <option value="completed">Signed off</option>
            <option value="all">All</option>
          </select>
        </label>
      </form>
      <ProblemAlert error={reviews.error} />
      {reviews.isPending && <p aria-busy="true">Loading reviews…</p>}
      {reviews.data && items.length === 0 && (
        <p className="card">No review here. A review opens when an incident is closed.</p>
      )}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="reviews">
            <caption className="muted">
              {items.length} review{items.length === 1 ? '' : 's'}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Status</th>
                <th scope="col">Owner</th>
                <th scope="col">Action items</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-testid={`review-${r.reference}`}>
                  <td data-label="Incident">
                    <Link to={`/incidents/${r.incidentId}/review`}>
                      {r.reference} {r.title}
                    </Link>
                    <div className="muted small">opened {when(r.openedAt)}</div>
                  </td>
                  <td data-label="Status">
                    {r.status === 'completed' ? (
                      <span className="badge done">✓ Signed off</span>
                    ) : (
                      <span className="badge">Open</span>
                    )}
                  </td>
                  <td data-label="Owner">{r.owner.name}</td>
                  <td data-label="Action items">
                    {r.actions.open} open of {r.actions.total}
                    {r.actions.overdue > 0 && (
                      <>
                        {' '}
                        <span className="due-overdue">⚠ {r.actions.overdue} overdue</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
