import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { IncidentView } from '../../api/types';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';
import { Field, fieldError, otherError } from '../../ui/field';
import { ProblemAlert } from '../../ui/problem-alert';
import { clock } from '../../ui/time';
import { useWarpLive, useWarpPrompts } from './warp-queries';
import { DecisionView, openPrompts, warpKeys } from './warp-words';
import './warp.css';

/**
 * On the incident page, for the owner and command staff: the moments the WARP should
 * hear of that no summary has answered yet, with the way to the WARP page; and for the
 * owner, marking a decision (itself such a moment).
 */
export function WarpPromptBanner({ incident }: { incident: IncidentView }) {
  const { can, session } = useSession();
  const mayShare = can('owner', 'command');
  const isOwner = session?.user.id === incident.owner.id || can('admin');
  const prompts = useWarpPrompts(incident.id, mayShare);
  useWarpLive(incident.id, mayShare ? (incident.lastSeq ?? 0) : null, null);
  if (!mayShare || prompts.isError) return null;
  const open = openPrompts(prompts.data ?? []);
  const closed = incident.status === 'closed';
  if (open.length === 0 && (!isOwner || closed)) return null;
  return (
    <section
      className={`card warp-banner${open.length ? ' warp-banner-due' : ''}`}
      aria-labelledby="warp-banner-title"
    >
      <div className="spread">
        <h2 id="warp-banner-title">
          {open.length ? 'The WARP should hear of this' : 'WARP: nothing to send'}
        </h2>
        <Link className="button" to={`/incidents/${incident.id}/warp`}>
          {open.length ? 'Prepare the WARP summary' : 'WARP summary'}
        </Link>
      </div>
      {open.length > 0 && (
        <ul className="warp-prompts">
          {open.map((p) => (
            <li key={p.id}>
              <time dateTime={p.at}>{clock(p.at)}</time> {p.label}
            </li>
          ))}
        </ul>
      )}
      {isOwner && !closed && <DecisionForm incidentId={incident.id} />}
    </section>
  );
}

function DecisionForm({ incidentId }: { incidentId: string }) {
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const marked = await api.post<DecisionView>(`incidents/${incidentId}/decisions`, { text });
      setText('');
      setDone(`Decision marked at ${clock(marked.at)}: the WARP should hear of it.`);
      void qc.invalidateQueries({ queryKey: warpKeys.prompts(incidentId), exact: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="warp-decision">
      <summary>Mark a decision</summary>
      <form onSubmit={submit}>
        <Field
          label="What was decided"
          hint="Stays in the council's log; the WARP summary says only that a decision was made."
          error={fieldError(error, 'text')}
        >
          {(c) => (
            <input
              {...c}
              name="text"
              maxLength={500}
              required
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? 'Marking…' : 'Mark the decision'}
        </button>
        <p role="status" className="muted small">
          {done}
        </p>
        <ProblemAlert error={otherError(error, ['text'])} />
      </form>
    </details>
  );
}
