import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { DurationStats, MetricsView } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { when } from '../../ui/time';
import { duration } from './durations';
import './metrics.css';

const STATUS: Record<string, string> = {
  active: 'Active',
  contained: 'Contained',
  recovered: 'Recovered',
  closed: 'Closed',
};

function StatsRow({ label, what, stats }: { label: string; what: string; stats: DurationStats }) {
  return (
    <tr>
      <th scope="row">
        {label}
        <div className="muted small metric-note">{what}</div>
      </th>
      <td>{duration(stats.meanMs)}</td>
      <td>{duration(stats.medianMs)}</td>
      <td>{duration(stats.p90Ms)}</td>
      <td>{stats.count}</td>
    </tr>
  );
}

/** Metrics across incidents (owners and command staff): each figure from the incidents' event logs. */
export function MetricsPage() {
  const metrics = useQuery({
    queryKey: ['metrics'],
    queryFn: () => api.get<MetricsView>('metrics'),
    refetchInterval: 60_000,
  });
  const m = metrics.data;
  return (
    <section aria-labelledby="metrics-title">
      <h1 id="metrics-title">Metrics across incidents</h1>
      <p className="muted">
        Computed from each incident&apos;s event log, timed from its declaration.
        {m &&
          ` ${m.incidents} ${m.incidents === 1 ? 'incident' : 'incidents'}, as of ${when(m.generatedAt)}.`}
      </p>
      <ProblemAlert error={metrics.error} />
      {metrics.isPending && <p>Loading the metrics…</p>}
      {m && (
        <>
          <h2 id="m-times">Response times</h2>
          <div className="table-wrap">
            <table aria-labelledby="m-times">
              <thead>
                <tr>
                  <th scope="col">From the declaration to…</th>
                  <th scope="col">Mean</th>
                  <th scope="col">Median</th>
                  <th scope="col">90th percentile</th>
                  <th scope="col">Incidents measured</th>
                </tr>
              </thead>
              <tbody>
                <StatsRow
                  label="Acknowledge"
                  what="the owner's first act (an update, a handover, a LAN planned…)"
                  stats={m.timeToAcknowledge}
                />
                <StatsRow
                  label="Contain"
                  what="every planned LAN shut down and the last detection before recovery"
                  stats={m.timeToContain}
                />
                <StatsRow
                  label="Recover"
                  what="every planned LAN reopened (without LANs: status recovered)"
                  stats={m.timeToRecover}
                />
              </tbody>
            </table>
          </div>

          <h2 id="m-build">
            Incidents, and machines below the standard build when their LANs were planned
          </h2>
          <p className="muted">
            Recorded for {m.startCompliance.incidents} of {m.incidents} incidents (older incidents
            did not record it).
          </p>
          <div className="table-wrap">
            <table aria-labelledby="m-build">
              <thead>
                <tr>
                  <th scope="col">Incident</th>
                  <th scope="col">Status</th>
                  <th scope="col">Acknowledged</th>
                  <th scope="col">Contained</th>
                  <th scope="col">Recovered</th>
                  <th scope="col">Machines</th>
                  <th scope="col">No anti-virus</th>
                  <th scope="col">Anti-virus out of date</th>
                  <th scope="col">Missing patches</th>
                  <th scope="col">Below standard build</th>
                </tr>
              </thead>
              <tbody>
                {m.perIncident.map((i) => (
                  <tr key={i.incidentId}>
                    <th scope="row">
                      <Link to={`/incidents/${i.incidentId}/report`}>{i.reference}</Link>
                      <div className="muted small metric-note">{i.title}</div>
                    </th>
                    <td>{STATUS[i.incidentStatus] ?? i.incidentStatus}</td>
                    <td>{duration(i.acknowledgeMs)}</td>
                    <td>{duration(i.containMs)}</td>
                    <td>{duration(i.recoverMs)}</td>
                    <td>{i.startCompliance?.devices ?? 'not recorded'}</td>
                    <td>{i.startCompliance?.noAntivirus ?? '—'}</td>
                    <td>{i.startCompliance?.avOutOfDate ?? '—'}</td>
                    <td>{i.startCompliance?.missingPatches ?? '—'}</td>
                    <td>{i.startCompliance?.belowStandardBuild ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    All incidents that recorded it
                  </th>
                  <td>{m.startCompliance.devices}</td>
                  <td>{m.startCompliance.noAntivirus}</td>
                  <td>{m.startCompliance.avOutOfDate}</td>
                  <td>{m.startCompliance.missingPatches}</td>
                  <td>{m.startCompliance.belowStandardBuild}</td>
                </tr>
              </tfoot>
            </table>
          </div>

          <h2 id="m-depts">Tasks by department</h2>
          <p className="muted">
            From a task&apos;s creation to its first claim and to its completion, over every
            incident.
          </p>
          <div className="table-wrap">
            <table aria-labelledby="m-depts">
              <thead>
                <tr>
                  <th scope="col">Department</th>
                  <th scope="col">Tasks</th>
                  <th scope="col">Claimed</th>
                  <th scope="col">Completed</th>
                  <th scope="col">Claim: median</th>
                  <th scope="col">Claim: 90th pct</th>
                  <th scope="col">Complete: median</th>
                  <th scope="col">Complete: 90th pct</th>
                </tr>
              </thead>
              <tbody>
                {m.departments.map((d) => (
                  <tr key={d.department.id}>
                    <th scope="row">
                      {d.department.code ?? d.department.id}
                      {d.department.name && (
                        <div className="muted small metric-note">{d.department.name}</div>
                      )}
                    </th>
                    <td>{d.tasks}</td>
                    <td>{d.claimed}</td>
                    <td>{d.completed}</td>
                    <td>{duration(d.timeToClaim.medianMs)}</td>
                    <td>{duration(d.timeToClaim.p90Ms)}</td>
                    <td>{duration(d.timeToComplete.medianMs)}</td>
                    <td>{duration(d.timeToComplete.p90Ms)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
