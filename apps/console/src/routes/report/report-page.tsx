import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { IncidentView } from '../../api/types';
import { api, download, fetchText } from '../../api/client';
import { useIncidentEvents } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import { useIncidentTip } from '../../live/use-incident-tip';
import { ProblemAlert } from '../../ui/problem-alert';
import './report.css';

const reportKey = (id: string) => ['report', id, 'html'] as const;

/**
 * The incident report as the api renders it (`?format=html`: the same page that prints
 * and saves as PDF), shown in a frame and read again after each burst of the incident's
 * live events. One rendering only: the api's. Downloads of the JSON and the Markdown.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(900);
  const [saving, setSaving] = useState<unknown>(null);
  const incident = useQuery({
    queryKey: ['incident', id],
    queryFn: () => api.get<IncidentView>(`incidents/${id}`),
  });
  const tip = useIncidentTip(id);
  const report = useQuery({
    queryKey: reportKey(id),
    queryFn: () => fetchText(`incidents/${id}/report`, { format: 'html' }),
    enabled: tip.isSuccess,
    placeholderData: (previous) => previous,
  });
  const refetch = useDebouncedInvalidate(1_500);
  useIncidentEvents(id, tip.data ?? null, () => refetch(reportKey(id)));

  const fit = () => {
    const doc = frame.current?.contentDocument;
    if (doc?.documentElement) setHeight(doc.documentElement.scrollHeight + 16);
  };
  useEffect(() => {
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  const save = (format: 'json' | 'md') => {
    setSaving(null);
    download(`incidents/${id}/report`, { format }).catch(setSaving);
  };
  const title = incident.data ? `${incident.data.reference}: ${incident.data.title}` : '';
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
          <button
            type="button"
            className="primary"
            disabled={!report.data}
            onClick={() => frame.current?.contentWindow?.print()}
          >
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
