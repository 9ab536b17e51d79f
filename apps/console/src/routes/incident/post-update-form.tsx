import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { IncidentView } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../ui/problem-alert';
import { clock } from '../../ui/time';
import { incidentKeys } from './keys';

/** The owner's update to staff: posting it moves the next update due. */
export function PostUpdateForm({ incident }: { incident: IncidentView }) {
  const qc = useQueryClient();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const next = await api.post<IncidentView>(`incidents/${incident.id}/updates`, {
        message: message.trim(),
      });
      qc.setQueryData(incidentKeys.incident(incident.id), next);
      setMessage('');
      setDone(
        `Update posted at ${clock(next.lastUpdateAt)}.${next.nextUpdateDueAt ? ` Next update due by ${clock(next.nextUpdateDueAt)}.` : ''}`,
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = error instanceof ApiProblem ? error.field('message') : undefined;
  return (
    <form className="post-update" onSubmit={submit}>
      <label className="field" htmlFor="post-update-message">
        <span>Status update to staff</span>
      </label>
      <div className="post-update-row">
        <textarea
          id="post-update-message"
          name="message"
          rows={2}
          required
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby="post-update-hint"
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Posting…' : 'Post update'}
        </button>
      </div>
      {fieldError && <p className="field-error">{fieldError}</p>}
      <p id="post-update-hint" className="muted post-update-hint">
        Shown on the staff status page; posting resets the next update due (
        {incident.updateCadenceMinutes} min). <span role="status">{done}</span>
      </p>
      {!fieldError && <ProblemAlert error={error} />}
    </form>
  );
}
