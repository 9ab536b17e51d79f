import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { IncidentView } from '../../api/types';
import { api, fetchText } from '../../api/client';
import { useIncidentEvents } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import { useIncidentTip } from '../../live/use-incident-tip';
import { ProblemAlert } from '../../ui/problem-alert';
import '../report/report.css';

const planKey = (id: string) => ['plan', id, 'html'] as const;

/**
 * The printable plan as the api renders it (`?format=html`): the page a team prints to
 * go on working from paper when the screens are dark. Shown in a frame, made again after
 * each burst of the incident's live events; printing prints the plan alone.
 */
export function PlanPage() {
  const { id = '' } = useParams();
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(900);
  const incident = useQuery({
    queryKey: ['incident', id],
    queryFn: () => api.get<IncidentView>(`incidents/${id}`),
  });
  const tip = useIncidentTip(id);
  const plan = useQuery({
    queryKey: planKey(id),
    queryFn: () => fetchText(`incidents/${id}/plan`, { format: 'html' }),
    enabled: tip.isSuccess,
    placeholderData: (previous) => previous,
  });
  const refetch = useDebouncedInvalidate(1_500);
  useIncidentEvents(id, tip.data ?? null, () => refetch(planKey(id)));

  const fit = () => {
    const doc = frame.current?.contentDocument;
    if (doc?.documentElement) setHeight(doc.documentElement.scrollHeight + 16);
  };
  useEffect(() => {
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  const title = incident.data ? `${incident.data.reference}: ${incident.data.title}` : '';
  return (
    <section className="report-page" aria-labelledby="plan-title">
      <div className="spread report-toolbar">
        <div>
          <p className="muted">
            <Link to={`/incidents/${id}`}>← Back to the incident</Link>
          </p>
          <h1 id="plan-title">Printable plan</h1>
          {title && <p className="muted">{title}</p>}
        </div>
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!plan.data}
            onClick={() => frame.current?.contentWindow?.print()}
          >
            Print / save as PDF
          </button>
        </div>
      </div>
      <p className="muted report-note" role="status">
        For working from paper when the screens are dark: print it before you need it, and again
        after each update.
        {plan.isFetching && plan.data ? ' Updating…' : ''}
      </p>
      <ProblemAlert error={plan.error} />
      {plan.isPending && !plan.error && <p>Loading the plan…</p>}
      {plan.data && (
        <iframe
          ref={frame}
          className="report-frame"
          title={`Printable plan ${title}`}
          srcDoc={plan.data}
          style={{ height }}
          onLoad={fit}
        />
      )}
    </section>
  );
}
