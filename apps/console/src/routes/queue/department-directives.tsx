import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { DirectiveView, IncidentView, Page } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { AcknowledgeDirective } from '../incident/acknowledge-directive';
import { clock, when } from '../../ui/time';
import { queueKeys } from './use-queue';

interface Props {
  incidents: IncidentView[];
  departmentId: string | null;
  departmentCode: string;
}

/** The owner's directives to this department: the open ones first, each with its acknowledge button. */
export function DepartmentDirectives({ incidents, departmentId, departmentCode }: Props) {
  const qc = useQueryClient();
  const reads = useQueries({
    queries: incidents.map((i) => ({
      queryKey: queueKeys.directives(i.id),
      queryFn: () => api.get<Page<DirectiveView>>(`incidents/${i.id}/directives`, { limit: 100 }),
    })),
  });
  const rows = reads
    .flatMap((r, n) => (r.data?.items ?? []).map((d) => ({ directive: d, incident: incidents[n] })))
    .map((row) => ({
      ...row,
      ours: row.directive.departments.find((d) => d.departmentId === departmentId),
    }))
    .filter((row) => row.ours);
  const pending = rows.filter((r) => !r.ours?.acknowledgedAt);
  const acknowledged = rows.filter((r) => r.ours?.acknowledgedAt);
  if (!departmentId) return null;
  return (
    <section aria-labelledby="directives-title" className="queue-directives">
      <h2 id="directives-title">Directives to {departmentCode}</h2>
      {reads.some((r) => r.isPending) && <p aria-busy="true">Loading directives…</p>}
      {reads.map((r, n) => (
        <ProblemAlert key={n} error={r.error} />
      ))}
      {rows.length === 0 && reads.every((r) => r.data) && (
        <p className="muted">No directive to your department.</p>
      )}
      <ul className="plain stack">
        {pending.map(({ directive, incident, ours }) => (
          <li
            key={directive.id}
            className={`card directive${ours?.escalatedAt || new Date(directive.dueAt) < new Date() ? ' directive-overdue' : ''}`}
          >
            <p className="directive-text">{directive.text}</p>
            <p className="muted small">
              {incident.reference} · from {directive.issuedBy.name} · due {when(directive.dueAt)}
              {new Date(directive.dueAt) < new Date() && (
                <>
                  {' · '}
                  <strong className="due-overdue">overdue</strong>
                </>
              )}
            </p>
            <AcknowledgeDirective
              directive={directive}
              departmentCode={departmentCode}
              onAcknowledged={(view) =>
                qc.setQueryData<Page<DirectiveView>>(
                  queueKeys.directives(incident.id),
                  (p) => p && { ...p, items: p.items.map((d) => (d.id === view.id ? view : d)) },
                )
              }
            />
          </li>
        ))}
      </ul>
      {acknowledged.length > 0 && (
        <details>
          <summary>Acknowledged ({acknowledged.length})</summary>
          <ul className="plain">
            {acknowledged.map(({ directive, ours }) => (
              <li key={directive.id} className="small">
                ✓ {directive.text}{' '}
                <span className="muted">
                  — by {ours?.acknowledgedBy?.name} at {clock(ours?.acknowledgedAt as string)}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
