import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { download } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { useServerPage } from './use-server-page';
import './report.css';

/**
 * The incident report as the api renders it (`?format=html`: the same page that prints
 * and saves as PDF), shown in a frame and read again after each burst of the incident's
 * live events. One rendering only: the api's. Downloads of the JSON and the Markdown.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const [saving, setSaving] = useState<unknown>(null);
  const { incident, page: report, frame, height, fit, title, print } = useServerPage(id, 'report');
  const save = (format: 'json' | 'md') => {
    setSaving(null);
    download(`incidents/${id}/report`, { format }).catch(setSaving);
  };
  return (
    <section className="report-page" aria-labelledby="report-title">
      <div className="spread report-toolbar">
        <div>
          <p className="muted">
            <Link to={`/incidents/${id}`}>← Back to the incident</Link>
          </p>
          <h1 id="report-title">Incident report</h1>
          {title && <p className="muted">{title}</p>}
        </div>
        <div className="actions">
          <button type="button" className="primary" disabled={!report.data} onClick={print}>
            Print / save as PDF
          </button>
          <button type="button" onClick={() => save('json')}>
            Download JSON
          </button>
          <button type="button" onClick={() => save('md')}>
            Download Markdown
          </button>
        </div>
      </div>
      <p className="muted report-note" role="status">
        {incident.data?.status === 'closed'
          ? 'The incident is closed: this is the final report.'
          : 'Live: the report updates as the incident moves on.'}
        {report.isFetching && report.data ? ' Updating…' : ''}
      </p>
      <ProblemAlert error={report.error ?? saving} />
      {report.isPending && !report.error && <p>Loading the report…</p>}
      {report.data && (
        <iframe
          ref={frame}
          className="report-frame"
          title={`Incident report ${title}`}
          srcDoc={report.data}
          style={{ height }}
          onLoad={fit}
        />
      )}
    </section>
  );
}
