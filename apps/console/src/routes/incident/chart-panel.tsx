import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventView } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { useIncidentEvents } from '../../live/live-context';
import { lastSeq } from '../../live/reducers';
import { clock } from '../../ui/time';
import { useNow } from '../../ui/use-now';
import { CHART_EVENT_TYPES, foldSeries, SERIES, tableRows, thin, valueAt } from './chart-series';
import { ChartSvg, Swatch } from './chart-svg';
import { useIncident } from './incident-queries';
import { incidentKeys } from './keys';
import { mergeEvents, readEvents } from './timeline-queries';
import { useTimeline } from './timeline-panel';
import './panels.css';

/** 20 pages of 500: a shutdown of a few thousand machines, their completions and checks. */
const MAX_PAGES = 20;
const TYPES: readonly string[] = CHART_EVENT_TYPES;

/** The chart's events (`?types=`), merged with what the live feed added meanwhile. */
async function loadChartEvents(incidentId: string, current: EventView[]) {
  const read = await readEvents(incidentId, { types: TYPES }, MAX_PAGES);
  return { events: mergeEvents(read.items, current), complete: read.complete };
}

type ChartData = { events: EventView[]; complete: boolean };

/** The chart's events, read once and then followed live (merged by seq, each once). */
function useChartEvents(incidentId: string) {
  const qc = useQueryClient();
  const key = incidentKeys.chartEvents(incidentId);
  const timeline = useTimeline(incidentId);
  useIncidentEvents(incidentId, timeline.data ? lastSeq(timeline.data) : null, (event) => {
    if (!TYPES.includes(event.type)) return;
    qc.setQueryData<ChartData>(key, (v) => ({
      events: mergeEvents(v?.events ?? [], [event]),
      complete: v?.complete ?? true,
    }));
  });
  return useQuery({
    queryKey: key,
    queryFn: () => loadChartEvents(incidentId, qc.getQueryData<ChartData>(key)?.events ?? []),
    staleTime: Infinity,
  });
}

const PATTERN = { unverified: 'solid', infected: 'dashed', isolated: 'dotted' } as const;
const n = (v: number) => v.toLocaleString('en-GB');

/**
 * Machines not yet verified, infected and isolated over time, from the event log
 * (chart-series.ts says which events and why), live. The drawing is hidden from screen
 * readers: the summary and the table below say the same in words.
 */
export function ChartPanel({ incidentId }: { incidentId: string }) {
  const chart = useChartEvents(incidentId);
  const incident = useIncident(incidentId, true);
  const now = useNow(60_000);
  const closedAt = incident.data?.closedAt ? new Date(incident.data.closedAt).getTime() : null;
  const points = useMemo(() => foldSeries(chart.data?.events ?? []), [chart.data]);
  const end = Math.max(closedAt ?? now, points[points.length - 1]?.at ?? 0);
  const current = valueAt(points, end);
  const peak = points.reduce((a, p) => (p.unverified > a.unverified ? p : a), current);
  const rows = useMemo(() => tableRows(points, end, clock), [points, end]);

  return (
    <section className="card chart-panel" aria-labelledby="chart-title">
      <h2 id="chart-title">Machines over time</h2>
      {chart.isPending && <p role="status">Loading the chart…</p>}
      {chart.isError && (
        <p className="alert alert-error" role="alert">
          {describeProblem(chart.error)}{' '}
          <button type="button" onClick={() => void chart.refetch()}>
            Try again
          </button>
        </p>
      )}
      {chart.isSuccess && points.length === 0 && (
        <p className="muted">
          No machines in the plan yet: the chart starts when a LAN is shut down or a machine is
          detected.
        </p>
      )}
      {points.length > 0 && (
        <>
          <p className="chart-summary" aria-live="polite">
            {closedAt ? 'At close' : 'Now'}: <strong>{n(current.unverified)}</strong> not yet
            verified, <strong>{n(current.infected)}</strong> infected,{' '}
            <strong>{n(current.isolated)}</strong> isolated.
            {peak.unverified > current.unverified && (
              <>
                {' '}
                At most {n(peak.unverified)} not yet verified, at {clock(new Date(peak.at))}.
              </>
            )}
          </p>
          <ul className="chart-legend" aria-label="Legend">
            {SERIES.map((s) => (
              <li key={s.name}>
                <Swatch name={s.name} /> {s.label} ({PATTERN[s.name]} line): {n(current[s.name])}
              </li>
            ))}
          </ul>
          <ChartSvg points={thin(points, 400)} end={end} />
          <details className="chart-table">
            <summary>The numbers as a table</summary>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Machines by state over time</caption>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    {SERIES.map((s) => (
                      <th scope="col" key={s.name} className="num">
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.at}>
                      <th scope="row">{clock(new Date(r.at))}</th>
                      {SERIES.map((s) => (
                        <td key={s.name} className="num">
                          {n(r[s.name])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          {chart.data && !chart.data.complete && (
            <p className="muted small">Drawn from the first {n(MAX_PAGES * 500)} events only.</p>
          )}
        </>
      )}
    </section>
  );
}
