import './review.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { dayWords, daysLate, sortActions } from './review-actions';
import type { ReviewActionView } from './review-types';

const MINE = ['review-actions', 'mine', 'open'] as const;

/**
 * The signed-in person's open action items from post-incident reviews, wherever they are
 * (GET /review-actions?mine=true): what the reminder email asks them to mark done. Shows
 * nothing when they own none.
 */
export function MyReviewActions() {
  const qc = useQueryClient();
  const mine = useQuery({
    queryKey: MINE,
    queryFn: () =>
      api.get<Page<ReviewActionView>>('review-actions', {
        mine: 'true',
        state: 'open',
        limit: 100,
      }),
    refetchInterval: 5 * 60_000,
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const items = sortActions(mine.data?.items ?? []);
  if (items.length === 0 && !mine.error) return null;
  const markDone = async (a: ReviewActionView) => {
    setBusy(a.id);
    setError(null);
    try {
      await api.patch(`incidents/${a.incidentId}/review/actions/${a.id}`, { state: 'done' });
      await qc.invalidateQueries({ queryKey: MINE, exact: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card my-actions-card" aria-labelledby="my-actions-title">
      <h2 id="my-actions-title">Your review action items</h2>
      <ProblemAlert error={mine.error ?? error} />
      <ul className="my-actions">
        {items.map((a) => (
          <li key={a.id} data-testid={`my-action-${a.title}`}>
            <span>
              <strong>{a.title}</strong>{' '}
              <span className="muted">from the review of {a.reference},</span>{' '}
              <span className={a.overdue ? 'due-overdue' : 'muted'}>
                due {dayWords(a.dueOn)}
                {a.overdue ? ` (⚠ ${daysLate(a.dueOn)} days late)` : ''}
              </span>
            </span>
            <button
              type="button"
              onClick={() => void markDone(a)}
              disabled={busy !== null}
              aria-label={`Mark “${a.title}” done`}
            >
              Mark done
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
