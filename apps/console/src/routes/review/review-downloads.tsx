import { useState } from 'react';
import { download } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';

const FILES = [
  { label: 'Evidence pack (zip)', path: 'evidence', query: {} },
  { label: 'Audit export (JSON lines)', path: 'audit', query: { format: 'jsonl' } },
  { label: 'Audit export (CSV)', path: 'audit', query: { format: 'csv' } },
] as const;

/** The files a review is held with, downloaded with the session's token. */
export function ReviewDownloads({ incidentId }: { incidentId: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const get = async (file: (typeof FILES)[number]) => {
    setBusy(file.label);
    setError(null);
    setSaved(null);
    try {
      setSaved(await download(`incidents/${incidentId}/${file.path}`, file.query));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Evidence</h2>
      <p className="muted small">
        The evidence pack holds the incident report (JSON, printable HTML, Markdown), the audit
        export with its hash chain, this review and the mapping of what Cordon recorded to ISO/IEC
        27001:2022 5.24–5.28 and ISO/IEC 20000-1 8.6.1, with a README saying how to verify the
        chain.
      </p>
      <div className="actions">
        {FILES.map((file) => (
          <button
            key={file.label}
            type="button"
            onClick={() => void get(file)}
            disabled={busy !== null}
          >
            {busy === file.label ? 'Preparing…' : `Download ${file.label}`}
          </button>
        ))}
      </div>
      {saved && (
        <p className="small" role="status">
          Saved {saved}.
        </p>
      )}
      <ProblemAlert error={error} />
    </section>
  );
}
