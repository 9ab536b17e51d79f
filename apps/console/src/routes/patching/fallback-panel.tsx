import { Link } from 'react-router';
import { reviewOverdue } from '@cordon/domain';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../ui/problem-alert';
import { dayWords, stepTaskWords } from './fallback-form';
import { useAttachedPlan } from './fallback-queries';
import './fallback.css';

/**
 * The fall-back plan attached to an incident a failed patch opened: the steps in order
 * (first steps with their task's state), the standby, who decides. Nothing at all for
 * an incident without one; a loud warning when the server had no plan.
 */
export function FallbackPanel({ incidentId }: { incidentId: string }) {
  const attached = useAttachedPlan(incidentId);
  const { can } = useSession();
  if (attached.isError) return <ProblemAlert error={attached.error} />;
  const a = attached.data;
  if (!a) return null;
  const plan = a.plan;
  return (
    <section
      className="card fallback-panel"
      aria-labelledby="fallback-title"
      data-testid="fallback-panel"
    >
      <h2 id="fallback-title">Fall-back plan{plan ? `: ${plan.name}` : ''}</h2>
      <p className="small">
        Patch <strong>{a.patch}</strong> ({a.identifier}) failed on live server{' '}
        <strong>{a.device.hostname}</strong>.{' '}
        <Link to={`/patching/campaigns/${a.campaignId}`}>Open the campaign</Link>
      </p>
      {a.note && <p className="small muted">Rollout note: {a.note}</p>}
      {!plan && (
        <p className="alert alert-error" role="alert">
          <strong>NO FALL-BACK PLAN.</strong>{' '}
          {a.noPlan === 'plan_has_no_steps'
            ? 'The service has no fall-back steps written.'
            : `${a.device.hostname} hosts no critical service with a plan.`}{' '}
          Decide how to restore the service
          {can('owner', 'command') ? (
            <>
              , then <Link to="/patching/services">write its plan</Link>.
            </>
          ) : (
            '.'
          )}
        </p>
      )}
      {a.ownerNote && <p className="alert alert-info small">{a.ownerNote}</p>}
      {plan && (
        <>
          <dl className="fallback-facts">
            <dt>Who decides</dt>
            <dd>{plan.decider.name}</dd>
            <dt>Standby</dt>
            <dd>
              {plan.standby.hostname && <strong>{plan.standby.hostname}</strong>}
              {plan.standby.hostname && plan.standby.description && ': '}
              {plan.standby.description}
              {!plan.standby.hostname && !plan.standby.description && 'None named'}
            </dd>
            <dt>Plan</dt>
            <dd>
              version {plan.version}, last reviewed {dayWords(plan.lastReviewedOn)}
              {reviewOverdue(plan.lastReviewedOn, a.attachedAt.slice(0, 10)) && (
                <>
                  {' '}
                  <span className="badge badge-warn">Review was overdue</span>
                </>
              )}
            </dd>
          </dl>
          <h3>Steps</h3>
          <ol className="fallback-steps">
            {plan.steps.map((s) => (
              <li
                key={s.position}
                className={s.task ? `step-task step-${s.task.status}` : 'step-later'}
              >
                <span className="step-text">{s.text}</span>{' '}
                <span className={`badge${s.firstStep ? ' badge-first' : ''}`}>
                  {s.firstStep ? 'First step' : 'Later'}
                </span>
                <span className="small muted step-state">{stepTaskWords(s.task)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {a.otherTasks.length > 0 && (
        <ul className="fallback-steps">
          {a.otherTasks.map((t) => (
            <li key={t.id} className={`step-task step-${t.status}`}>
              <span className="step-text">{t.title}</span>
              <span className="small muted step-state">{stepTaskWords(t)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
