import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { IncidentStatus, IncidentView, Page } from '../../api/types';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';
import { DueIn } from '../../ui/due';
import { ProblemAlert } from '../../ui/problem-alert';
import { when } from '../../ui/time';
import { DeclareIncident } from './declare-incident';
import { FollowIncident } from './follow-incident';
import { filterIncidents, IncidentFilter, SEVERITY_WORDS, STATUS_WORDS } from './incident-filter';

/** The owner's and command staff's start page: every incident and when staff are next owed news. */
export function BoardPage() {
  const { can, session } = useSession();
  const [filter, setFilter] = useState<IncidentFilter>({
    status: 'open',
    severity: 'any',
    mine: false,
  });
  const [declaring, setDeclaring] = useState(false);
  const listKey = ['incidents', filter.status === 'open' ? 'open' : 'all'];
  const incidents = useQuery({
    queryKey: listKey,
    queryFn: () =>
      api.get<Page<IncidentView>>('incidents', {
        limit: 200,
        ...(filter.status === 'open' ? { open: true } : {}),
      }),
    // rows change live (FollowIncident); an incident declared elsewhere appears within 30 s
    refetchInterval: 30_000,
  });
  const shown = useMemo(
    () => filterIncidents(incidents.data?.items ?? [], filter, session?.user.id ?? ''),
    [incidents.data, filter, session],
  );
  return (
    <section aria-labelledby="board-title">
      {incidents.data?.items
        .filter((i) => i.status !== 'closed')
        .map((i) => (
          <FollowIncident key={i.id} incident={i} listKey={listKey} />
        ))}
      <div className="spread">
        <h1 id="board-title">Incidents</h1>
        {can('owner', 'command') && (
          <button
            type="button"
            className="primary"
            onClick={() => setDeclaring((d) => !d)}
            aria-expanded={declaring}
          >
            Declare an incident
          </button>
        )}
      </div>
      {declaring && <DeclareIncident onClose={() => setDeclaring(false)} />}
      <form className="row filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Status</span>
          <select
            value={filter.status}
            onChange={(e) =>
              setFilter({ ...filter, status: e.target.value as IncidentFilter['status'] })
            }
          >
            <option value="open">Open (not closed)</option>
            <option value="all">All</option>
            {(Object.keys(STATUS_WORDS) as IncidentStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Severity</span>
          <select
            value={filter.severity}
            onChange={(e) =>
              setFilter({ ...filter, severity: e.target.value as IncidentFilter['severity'] })
            }
          >
            <option value="any">Any</option>
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={String(s)}>
                {SEVERITY_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.mine}
            onChange={(e) => setFilter({ ...filter, mine: e.target.checked })}
          />
          Only incidents I own
        </label>
      </form>
      <ProblemAlert error={incidents.error} />
      {incidents.isPending && <p aria-busy="true">Loading incidents…</p>}
      {incidents.data && shown.length === 0 && (
        <p className="card">
          No incident matches.{' '}
          {filter.status === 'open' ? 'Nothing is open: the network is calm.' : ''}
        </p>
      )}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table className="board">
            <caption className="muted">
              {shown.length} incident{shown.length === 1 ? '' : 's'}, most severe first
            </caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Title</th>
                <th scope="col">Severity</th>
                <th scope="col">Status</th>
                <th scope="col">Owner</th>
                <th scope="col">Next update</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.id} data-testid={`incident-${i.reference}`}>
                  <td data-label="Reference">
                    <Link to={`/incidents/${i.id}`}>{i.reference}</Link>
                  </td>
                  <td data-label="Title">
                    <Link to={`/incidents/${i.id}`}>{i.title}</Link>
                    <div className="muted small">declared {when(i.createdAt)}</div>
                  </td>
                  <td data-label="Severity">
                    <span className={`badge sev-${i.severity}`}>
                      {SEVERITY_WORDS[i.severity] ?? i.severity}
                    </span>
                  </td>
                  <td data-label="Status">{STATUS_WORDS[i.status]}</td>
                  <td data-label="Owner">{i.owner.name}</td>
                  <td data-label="Next update">
                    {i.status === 'closed' ? (
                      <span className="muted">closed</span>
                    ) : (
                      <DueIn at={i.nextUpdateDueAt} label="Due" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
