import { Link } from 'react-router';

/**
 * The incident report beside the review. The report is libs/reports' (GET
 * /incidents/:id/report); this screen shows it, it never computes one of its own.
 */
export function ReviewReport({ incidentId }: { incidentId: string }) {
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title">Incident report</h2>
      <p>
        <Link to={`/incidents/${incidentId}/report`}>Open the incident report</Link>{' '}
        <span className="muted small">
          (timeline, LANs, devices, tasks, directives, broadcasts)
        </span>
      </p>
    </section>
  );
}
