import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../ui/problem-alert';
import { planGaps, reviewWords, todayUtc } from './fallback-form';
import { useCriticalServices, useDeleteService } from './fallback-queries';
import { ServiceEditor } from './fallback-service-editor';
import type { CriticalServiceView } from './fallback-types';
import './fallback.css';

type Editing = { service: CriticalServiceView | null } | null;

/**
 * The services the council cannot be without, each with its live servers and its
 * fall-back plan (steps, standby, who decides, when last reviewed): what a failed
 * patch on one of those servers will attach to the incident it opens.
 */
export function FallbackServicesPage() {
  const services = useCriticalServices();
  const { can } = useSession();
  const mayEdit = can('owner', 'command');
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const today = todayUtc();
  const list = services.data ?? [];
  return (
    <section aria-labelledby="services-title">
      <p className="small">
        <Link to="/patching">← Patch campaigns</Link>
      </p>
      <div className="spread">
        <h1 id="services-title">Critical services and fall-back plans</h1>
        {mayEdit && !editing && (
          <button type="button" className="primary" onClick={() => setEditing({ service: null })}>
            Add a critical service
          </button>
        )}
      </div>
      <p className="muted">
        When a patch fails on a live server listed here, Cordon opens an incident owned by whoever
        decides, attaches the plan, and makes its first steps tasks for the server’s department.
      </p>
      {saved && (
        <p className="alert alert-ok" role="status">
          {saved}
        </p>
      )}
      <ProblemAlert error={services.error} />
      {services.isPending && <p role="status">Loading the critical services…</p>}
      <div className="services-split">
        <ul className="service-list" aria-label="Critical services">
          {services.isSuccess && list.length === 0 && (
            <li className="card muted">No critical service yet.</li>
          )}
          {list.map((s) => (
            <ServiceCard
              key={s.id}
              service={s}
              today={today}
              onEdit={mayEdit ? () => setEditing({ service: s }) : undefined}
            />
          ))}
        </ul>
        {editing && (
          <ServiceEditor
            key={editing.service?.id ?? 'new'}
            service={editing.service}
            onDone={(s) => {
              setEditing(null);
              setSaved(s ? `${s.name} saved (version ${s.version}).` : null);
            }}
          />
        )}
      </div>
    </section>
  );
}

function ServiceCard({
  service: s,
  today,
  onEdit,
}: {
  service: CriticalServiceView;
  today: string;
  onEdit?: () => void;
}) {
  const review = reviewWords(s.lastReviewedOn, today);
  const gaps = planGaps(s);
  const remove = useDeleteService();
  const first = s.steps.filter((step) => step.firstStep).length;
  return (
    <li className="card" data-testid={`service-${s.name}`} aria-labelledby={`service-${s.id}`}>
      <div className="spread">
        <h2 id={`service-${s.id}`}>{s.name}</h2>
        {onEdit && (
          <span className="row">
            <button type="button" onClick={onEdit} aria-label={`Edit ${s.name}`}>
              Edit the plan
            </button>
            <button
              type="button"
              className="link"
              onClick={() => {
                if (window.confirm(`Delete ${s.name} and its fall-back plan?`)) remove.mutate(s.id);
              }}
            >
              Delete
            </button>
          </span>
        )}
      </div>
      {s.description && <p className="small">{s.description}</p>}
      {gaps.length > 0 && (
        <p className="alert alert-error small" role="status">
          <strong>Needs attention:</strong> {gaps.join('; ')}.
        </p>
      )}
      <dl className="fallback-facts">
        <dt>Live servers</dt>
        <dd>{s.servers.map((d) => `${d.hostname}${d.os ? ` (${d.os})` : ''}`).join(', ')}</dd>
        <dt>Standby</dt>
        <dd>
          {s.standby.device?.hostname}
          {s.standby.device && s.standby.description && ': '}
          {s.standby.description}
          {!s.standby.device && !s.standby.description && 'None named'}
        </dd>
        <dt>Who decides</dt>
        <dd>{s.decider.name}</dd>
        <dt>Reviewed</dt>
        <dd>
          {review.overdue && <span className="badge badge-warn">Review overdue</span>} {review.text}
        </dd>
      </dl>
      <h3>
        {s.steps.length} steps, {first} first {first === 1 ? 'step' : 'steps'}
      </h3>
      <ol className="fallback-steps">
        {s.steps.map((step, i) => (
          <li key={i}>
            <span className="step-text">{step.text}</span>{' '}
            {step.firstStep && <span className="badge badge-first">First step</span>}
          </li>
        ))}
      </ol>
      <p className="small muted">Version {s.version}</p>
      <ProblemAlert error={remove.error} />
    </li>
  );
}
