import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { renderWarpMarkdown } from '@cordon/domain';
import { ApiProblem, describeProblem } from '../../api/problem';
import { clock } from '../../ui/time';
import { WarpHistory } from './warp-history';
import { useWarpIncident, useWarpLive, useWarpPreview, useWarpPrompts } from './warp-queries';
import { saveFile, WarpSendForm } from './warp-send-form';
import { openPrompts, warpFilename } from './warp-words';
import './warp.css';

/**
 * The WARP summary of one incident as the sector's Warning, Advice and Reporting Point will
 * read it: the department-names choice, the owner's words, Send (or download and record as
 * sent when no WARP address is set up), the moments still unanswered, and every sending.
 */
export function WarpPage() {
  const { id = '' } = useParams();
  const [names, setNames] = useState(false);
  const [narrative, setNarrative] = useState('');
  const incident = useWarpIncident(id);
  const preview = useWarpPreview(id, names, incident.isSuccess);
  const prompts = useWarpPrompts(id, incident.isSuccess);
  useWarpLive(id, incident.data ? (incident.data.lastSeq ?? 0) : null, names);

  const error = incident.error ?? preview.error;
  if (error && !preview.data) {
    const missing = error instanceof ApiProblem && (error.status === 404 || error.status === 403);
    return (
      <section>
        <h1>{missing ? 'No WARP summary to show' : 'The WARP summary cannot be shown'}</h1>
        <p className="alert alert-error" role="alert">
          {describeProblem(error)}
        </p>
        <p>
          <Link to={`/incidents/${id}`}>Back to the incident</Link>
        </p>
      </section>
    );
  }
  if (!incident.data) return <p role="status">Loading the incident…</p>;
  const open = openPrompts(prompts.data ?? []);
  const reference = incident.data.reference;
  return (
    <div className="warp-page">
      <p>
        <Link to={`/incidents/${id}`}>← {reference}: back to the incident</Link>
      </p>
      <h1>WARP summary of {reference}</h1>
      <p className="muted">
        What the sector’s Warning, Advice and Reporting Point receives: what happened, the
        indicators, counts and timings, with no person, email, phone number, hostname or IP address.
      </p>
      <section className="card" aria-labelledby="warp-due-title">
        <h2 id="warp-due-title">When to send</h2>
        {open.length === 0 ? (
          <p>Every moment so far has been answered by a summary.</p>
        ) : (
          <>
            <p>Not yet answered by a summary:</p>
            <ul className="warp-prompts">
              {open.map((p) => (
                <li key={p.id}>
                  <time dateTime={p.at}>{clock(p.at)}</time> {p.label}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="warp-send-title">
        <h2 id="warp-send-title">Send a summary</h2>
        <label className="check">
          <input type="checkbox" checked={names} onChange={(e) => setNames(e.target.checked)} />
          Name the departments (otherwise they are letters A, B, C… in the order they were affected)
        </label>
        <WarpSendForm
          incidentId={id}
          reference={reference}
          names={names}
          warpEmail={preview.data?.warpEmail ?? null}
          open={open}
          narrative={narrative}
          onNarrative={setNarrative}
        />
      </section>
      <section className="card" aria-labelledby="warp-preview-title">
        <div className="spread">
          <h2 id="warp-preview-title">Preview, as the WARP will see it</h2>
          {preview.data && (
            <span className="actions">
              <button
                type="button"
                onClick={() =>
                  saveFile(preview.data.markdown, warpFilename(reference, 'md'), 'text/markdown')
                }
              >
                Download text
              </button>
              <button
                type="button"
                onClick={() =>
                  saveFile(
                    JSON.stringify(preview.data.summary, null, 2),
                    warpFilename(reference, 'json'),
                    'application/json',
                  )
                }
              >
                Download JSON
              </button>
            </span>
          )}
        </div>
        {preview.isPending && <p role="status">Building the summary…</p>}
        {preview.data && (
          <pre className="warp-preview" tabIndex={0} aria-label="The summary as plain text">
            {narrative.trim()
              ? renderWarpMarkdown({ ...preview.data.summary, narrative: narrative.trim() })
              : preview.data.markdown}
          </pre>
        )}
        {preview.data && (
          <p className="muted small">
            Fingerprint of this preview (sha256) <code>{preview.data.hash.slice(0, 12)}</code>; each
            summary sent is recorded on the incident with its own.
          </p>
        )}
      </section>
      <WarpHistory incidentId={id} />
    </div>
  );
}
