import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { Field, fieldError, otherError } from '../../ui/field';
import { ProblemAlert } from '../../ui/problem-alert';
import { councilDay, when } from '../../ui/time';
import { actionCounts, actionStateWords, dayWords, daysLate, sortActions } from './review-actions';
import { useAssignees } from './review-queries';
import { reviewKeys, type ReviewActionView, type ReviewView } from './review-types';

/** The action items: each with its owner, due day and state; add one, mark one done. */
export function ReviewActionItems({ review }: { review: ReviewView }) {
  const user = useUser();
  const [adding, setAdding] = useState(false);
  const counts = actionCounts(review.actions);
  const open = review.status === 'open';
  return (
    <section className="card" aria-labelledby="actions-title">
      <div className="spread">
        <h2 id="actions-title">
          Action items{' '}
          <span className="muted small" data-testid="action-counts">
            {counts.total} in all, {counts.open} open
            {counts.overdue > 0 && (
              <>
                , <strong className="due-overdue">{counts.overdue} overdue</strong>
              </>
            )}
          </span>
        </h2>
        {review.canEdit && !adding && (
          <button type="button" onClick={() => setAdding(true)}>
            Add an action item
          </button>
        )}
      </div>
      {adding && <AddActionForm incidentId={review.incidentId} onClose={() => setAdding(false)} />}
      {review.actions.length === 0 ? (
        <p className="muted">No action items yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="review-actions">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">State</th>
                {open && <th scope="col">Done?</th>}
              </tr>
            </thead>
            <tbody>
              {sortActions(review.actions).map((a) => (
                <ActionRow
                  key={a.id}
                  action={a}
                  review={review}
                  mayMarkDone={open && (review.canEdit || a.owner.id === user.id)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ActionRow({
  action: a,
  review,
  mayMarkDone,
}: {
  action: ReviewActionView;
  review: ReviewView;
  mayMarkDone: boolean;
}) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const markDone = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.patch(`incidents/${review.incidentId}/review/actions/${a.id}`, { state: 'done' });
      await qc.invalidateQueries({ queryKey: reviewKeys.review(review.incidentId), exact: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const words = actionStateWords(a);
  return (
    <tr data-testid={`action-${a.title}`} className={a.overdue ? 'overdue' : undefined}>
      <td data-label="Action">{a.title}</td>
      <td data-label="Owner">{a.owner.name}</td>
      <td data-label="Due">
        <time dateTime={a.dueOn}>{dayWords(a.dueOn)}</time>
        {a.overdue && (
          <div className="due-overdue small">
            {daysLate(a.dueOn)} day{daysLate(a.dueOn) === 1 ? '' : 's'} late
          </div>
        )}
      </td>
      <td data-label="State">
        <span
          className={a.overdue ? 'badge due-overdue' : a.state === 'done' ? 'badge done' : 'badge'}
        >
          {a.overdue ? '⚠ ' : a.state === 'done' ? '✓ ' : ''}
          {words}
        </span>
        {a.state === 'done' && a.doneAt && (
          <div className="muted small">
            by {a.doneBy?.name} {when(a.doneAt)}
          </div>
        )}
        {a.lastRemindedOn && a.state === 'open' && (
          <div className="muted small">reminded {a.lastRemindedOn}</div>
        )}
        <ProblemAlert error={error} />
      </td>
      {review.status === 'open' && (
        <td data-label="Done?">
          {a.state === 'open' && mayMarkDone ? (
            <button
              type="button"
              onClick={() => void markDone()}
              disabled={busy}
              aria-label={`Mark “${a.title}” done`}
            >
              Mark done
            </button>
          ) : (
            <span className="muted">{a.state === 'done' ? '—' : 'its owner marks it done'}</span>
          )}
        </td>
      )}
    </tr>
  );
}

function AddActionForm({ incidentId, onClose }: { incidentId: string; onClose: () => void }) {
  const qc = useQueryClient();
  const assignees = useAssignees(incidentId, true);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(`incidents/${incidentId}/review/actions`, {
        title: title.trim(),
        ownerId,
        dueOn,
      });
      await qc.invalidateQueries({ queryKey: reviewKeys.review(incidentId), exact: true });
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="review-add" aria-label="New action item" onSubmit={submit}>
      <Field label="Action" error={fieldError(error, 'title')}>
        {(c) => (
          <input
            {...c}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Standard build on every SOC machine"
          />
        )}
      </Field>
      <Field label="Owner" error={fieldError(error, 'ownerId')}>
        {(c) => (
          <select {...c} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            <option value="">Choose who owns it…</option>
            {assignees.data?.items.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Due date" error={fieldError(error, 'dueOn')}>
        {(c) => (
          <input
            {...c}
            type="date"
            min={councilDay()}
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <ProblemAlert error={otherError(error, ['title', 'ownerId', 'dueOn']) ?? assignees.error} />
    </form>
  );
}
