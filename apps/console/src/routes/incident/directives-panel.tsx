import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DirectiveView, Page } from '../../api/types';
import { api } from '../../api/client';
import { describeProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { dueIn } from '../../ui/time';
import { useNow } from '../../ui/use-now';
import { AcknowledgeDirective } from './acknowledge-directive';
import { stamp } from './stamp';
import { ACK_WORDS, ackState, orderDirectives, summarise } from './directive-status';
import { DirectiveForm } from './directive-form';
import { incidentKeys } from './keys';
import './panels.css';

/** The incident's directives (newest 100; the live feed reads them again on `directive.*`). */
export function useDirectives(incidentId: string) {
  return useQuery({
    queryKey: incidentKeys.directives(incidentId),
    queryFn: async () =>
      (await api.get<Page<DirectiveView>>(`incidents/${incidentId}/directives`, { limit: 100 }))
        .items,
  });
}

/**
 * Directives with each department's acknowledgement (who, when), overdue ones marked in
 * words and colour; owner and command staff issue one; an ITU member acknowledges for
 * his own department.
 */
export function DirectivesPanel({ incidentId }: { incidentId: string }) {
  const directives = useDirectives(incidentId);
  const { session, can } = useSession();
  const now = useNow(30_000);
  const [writing, setWriting] = useState(false);
  const user = session?.user;
  const mayIssue = can('owner', 'command');
  const list = orderDirectives(directives.data ?? [], now);
  return (
    <section className="card directives-panel" aria-labelledby="directives-title">
      <div className="spread">
        <h2 id="directives-title">Directives</h2>
        {mayIssue && !writing && (
          <button type="button" onClick={() => setWriting(true)}>
            Issue a directive
          </button>
        )}
      </div>
      {writing && <DirectiveForm incidentId={incidentId} onDone={() => setWriting(false)} />}
      {directives.isPending && <p role="status">Loading directives…</p>}
      {directives.isError && (
        <p className="alert alert-error" role="alert">
          {describeProblem(directives.error)}
        </p>
      )}
      {directives.isSuccess && list.length === 0 && (
        <p className="muted">
          No directive yet.{mayIssue ? ' Issue one to tell departments what to do by when.' : ''}
        </p>
      )}
      <ul className="directive-list">
        {list.map((d) => {
          const summary = summarise(d, now);
          const due = dueIn(d.dueAt, now);
          const open = summary.acknowledged < summary.total;
          const mine = user?.roles.includes('itu')
            ? d.departments.find((x) => x.departmentId === user.departmentId)
            : undefined;
          return (
            <li
              key={d.id}
              className={`directive${summary.overdue ? ' directive-overdue' : ''}`}
              data-testid={`directive-${d.id}`}
            >
              <p className="directive-text">{d.text}</p>
              <p className="small muted">
                From {d.issuedBy.name} at {stamp(d.createdAt)} · acknowledge by {stamp(d.dueAt)}
                {open && (
                  <>
                    {' '}
                    <span className={`due-${due.level} nowrap`}>
                      ({due.level === 'overdue' ? `⚠ ${due.text}` : due.text})
                    </span>
                  </>
                )}
              </p>
              <p
                className={summary.overdue ? 'directive-summary due-overdue' : 'directive-summary'}
              >
                {summary.text}
              </p>
              <ul className="ack-list" aria-label="Acknowledgements by department">
                {d.departments.map((dept) => {
                  const state = ackState(dept, d.dueAt, now);
                  return (
                    <li key={dept.departmentId} className={`ack ack-${state}`}>
                      <span className="ack-mark" aria-hidden="true">
                        {state.startsWith('acknowledged') ? '✓' : state === 'overdue' ? '⚠' : '…'}
                      </span>
                      <strong title={dept.name}>{dept.code}</strong>{' '}
                      <span>
                        {ACK_WORDS[state]}
                        {dept.acknowledgedAt &&
                          ` by ${dept.acknowledgedBy?.name ?? 'its IT unit'} at ${stamp(dept.acknowledgedAt)}`}
                        {!dept.acknowledgedAt &&
                          dept.escalatedAt &&
                          ` · owner told at ${stamp(dept.escalatedAt)}`}
                      </span>
                    </li>
                  );
                })}
              </ul>
              {mine && <AcknowledgeDirective directive={d} departmentCode={mine.code} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
