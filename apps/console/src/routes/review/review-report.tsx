import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { reportFigures, type IncidentReport } from './report-figures';

/**
 * The incident report beside the review: its key figures as libs/reports computed them
 * (GET /incidents/:id/report), and the link to the full printable report. This screen
 * never computes a figure of its own.
 */
export function ReviewReport({ incidentId }: { incidentId: string }) {
  const report = useQuery({
    queryKey: ['review', incidentId, 'report'],
    queryFn: () => api.get<IncidentReport>(`incidents/${incidentId}/report`),
    staleTime: 60_000,
  });
  return (
    <section className="card" aria-labelledby="report-title">
      <div className="spread">
        <h2 id="report-title">Incident report</h2>
        <Link to={`/incidents/${incidentId}/report`}>Open the full report (printable)</Link>
      </div>
      <ProblemAlert error={report.error} />
      {report.isPending && <p aria-busy="true">Loading the report…</p>}
      {report.data && (
        <>
          <p className="muted small">
            {report.data.status === 'final' ? 'Final report' : 'Live report'} from{' '}
            {report.data.events} events of the incident’s log.
          </p>
          <dl className="report-figures" data-testid="report-figures">
            {reportFigures(report.data).map((f) => (
              <div key={f.label}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
