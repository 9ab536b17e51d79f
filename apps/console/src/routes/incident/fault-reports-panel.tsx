import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { FaultReportView } from '../../api/types';
import { readPages } from '../../api/pages';
import { describeProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { ago } from '../../ui/time';
import { useNow } from '../../ui/use-now';
import { useAllLans, useSites } from './directory-queries';
import { countFaults, PlaceCount } from './fault-counts';
import { incidentKeys } from './keys';
import './panels.css';

const PAGE = 500;
/** Read at most this many pages (5,000 reports); the counts say when they stop short. */
const MAX_PAGES = 10;

/** The incident's fault reports, newest first, bounded (read again on `fault.reported`). */
export function useFaultReports(incidentId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: incidentKeys.faultReports(incidentId),
    queryFn: () =>
      readPages<FaultReportView>(
        'fault-reports',
        { incidentId },
        { limit: PAGE, maxPages: MAX_PAGES },
      ),
  });
}

const n = (v: number) => v.toLocaleString('en-GB');

function Counts({
  title,
  column,
  rows,
  name,
  none,
}: {
  title: string;
  column: string;
  rows: PlaceCount[];
  name: (id: string) => string;
  none: string;
}) {
  const max = rows[0]?.count ?? 1;
  return (
    <div className="fault-counts">
      <h3>{title}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" className="num">
              Reports
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id ?? 'none'}>
              <th scope="row">{r.id ? name(r.id) : none}</th>
              <td className="num">
                <span
                  className="fault-bar"
                  style={{ width: `${(r.count / max) * 4}rem` }}
                  aria-hidden="true"
                />
                {n(r.count)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Fault reports matched to the incident, counted per LAN and per site (most reported
 * first) rather than a flood of tickets, with the words of the latest few.
 */
export function FaultReportsPanel({ incidentId }: { incidentId: string }) {
  // the api lists fault reports to owners and command staff (the help desk) only
  const mayRead = useSession().can('owner', 'command');
  const reports = useFaultReports(incidentId, mayRead);
  const lans = useAllLans(mayRead);
  const sites = useSites();
  const now = useNow(60_000);
  const counts = useMemo(() => countFaults(reports.data?.items ?? []), [reports.data]);
  const lanNames = new Map((lans.data?.items ?? []).map((l) => [l.id, l]));
  const siteNames = new Map((sites.data?.items ?? []).map((s) => [s.id, s.name]));
  const place = (r: FaultReportView) =>
    (r.lanId && lanNames.get(r.lanId)?.code) ||
    (r.siteId && siteNames.get(r.siteId)) ||
    'place not given';
  if (!mayRead) return null;
  return (
    <section className="card faults-panel" aria-labelledby="faults-title">
      <h2 id="faults-title">Fault reports</h2>
      {reports.isPending && <p role="status">Loading fault reports…</p>}
      {reports.isError && (
        <p className="alert alert-error" role="alert">
          {describeProblem(reports.error)}
        </p>
      )}
      {reports.isSuccess && counts.total === 0 && (
        <p className="muted">No fault report matched to this incident yet.</p>
      )}
      {counts.total > 0 && (
        <>
          <p>
            <strong>{n(counts.total)}</strong> report{counts.total === 1 ? '' : 's'} from{' '}
            {n(counts.byLan.filter((c) => c.id).length)} LAN
            {counts.byLan.filter((c) => c.id).length === 1 ? '' : 's'} and {n(counts.bySite.length)}{' '}
            site{counts.bySite.length === 1 ? '' : 's'}, each answered with the incident&rsquo;s
            status.
            {reports.data && !reports.data.complete && ' (counting the newest 5,000)'}
          </p>
          <div className="fault-grid">
            <Counts
              title="By LAN"
              column="LAN"
              rows={counts.byLan}
              name={(id) => {
                const lan = lanNames.get(id);
                return lan ? `${lan.code} — ${lan.name}` : 'a LAN';
              }}
              none="Site only, no LAN"
            />
            <Counts
              title="By site"
              column="Site"
              rows={counts.bySite}
              name={(id) => siteNames.get(id) ?? 'a site'}
              none="No site given"
            />
          </div>
          <h3>Latest reports</h3>
          <ul className="fault-latest">
            {counts.latest.map((r) => (
              <li key={r.id}>
                <span className="muted small">
                  {ago(r.createdAt, now)} · {place(r)}
                  {r.reporterName ? ` · ${r.reporterName}` : ''}
                </span>
                <q>{r.description}</q>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
