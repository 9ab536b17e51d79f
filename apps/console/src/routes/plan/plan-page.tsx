import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../ui/problem-alert';
import { useServerPage } from '../report/use-server-page';
import '../report/report.css';

/**
 * The printable plan as the api renders it (`?format=html`): the page a team prints to
 * go on working from paper when the screens are dark. Shown in a frame, made again after
 * each burst of the incident's live events; printing prints the plan alone.
 */
export function PlanPage() {
  const { id = '' } = useParams();
  const { page: plan, frame, height, fit, title, print } = useServerPage(id, 'plan');
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
          <button type="button" className="primary" disabled={!plan.data} onClick={print}>
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
