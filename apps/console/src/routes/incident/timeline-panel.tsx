import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { EventView } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { useDepartments } from './directory-queries';
import { incidentKeys } from './keys';
import { useLanPlan, useOpenedTaskLists } from './incident-queries';
import { taskHosts, taskTitles } from './task-hosts';
import { reviewActionTitles } from '../review/review-sentences';
import { groupTimeline, newestFirst, noticeKinds } from './timeline-groups';
import { stamp } from './stamp';
import { useTimeline } from './timeline-queries';
import { broadcastSubjects, directiveTexts, TimelineNames } from './timeline-sentences';
import { describeRow } from './timeline-rows';
import './panels.css';

export { useTimeline } from './timeline-queries';

const SHOWN = 30;

/**
 * The incident's log as sentences, newest first, live (the page's feed appends to
 * incidentKeys.timeline). Bulk rows are grouped (timeline-groups.ts); "Show older"
 * reveals more rows a page at a time.
 */
export function TimelinePanel({ incidentId }: { incidentId: string }) {
  const timeline = useTimeline(incidentId);
  const departments = useDepartments();
  const lans = useLanPlan(incidentId, true);
  const taskLists = useOpenedTaskLists(incidentId);
  // the chart reads every task.created of the incident (each names its machine): the
  // timeline names tasks from them too, without a read of its own
  const chartEvents = useQuery<{ events: EventView[] }>({
    queryKey: incidentKeys.chartEvents(incidentId),
    enabled: false,
  });
  const [shown, setShown] = useState(SHOWN);

  const events = timeline.data;
  const rows = useMemo(() => newestFirst(groupTimeline(events ?? [])), [events]);
  const names = useMemo<TimelineNames>(
    () => ({
      departments: new Map((departments.data?.items ?? []).map((d) => [d.id, d.code])),
      lans: new Map((lans.data ?? []).map((l) => [l.lanId, l.code])),
      taskHosts: taskHosts(
        [...(chartEvents.data?.events ?? []), ...(events ?? [])],
        taskLists.map((l) => l.items),
      ),
      taskTitles: taskTitles(
        [...(chartEvents.data?.events ?? []), ...(events ?? [])],
        taskLists.map((l) => l.items),
      ),
      reviewActions: reviewActionTitles(events ?? []),
      broadcasts: broadcastSubjects(events ?? []),
      directives: directiveTexts(events ?? []),
      notices: noticeKinds(events ?? []),
    }),
    [departments.data, lans.data, taskLists, events, chartEvents.data],
  );

  return (
    <section className="card timeline-panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <p className="muted small">
        Newest first, live. Many alike (tasks, deliveries) are counted in one line.
      </p>
      {timeline.isPending && <p role="status">Loading the timeline…</p>}
      {timeline.isError && (
        <p className="alert alert-error" role="alert">
          {describeProblem(timeline.error)}{' '}
          <button type="button" onClick={() => void timeline.refetch()}>
            Try again
          </button>
        </p>
      )}
      {timeline.isSuccess && rows.length === 0 && (
        <p className="muted">Nothing has happened yet.</p>
      )}
      {rows.length > 0 && (
        <ol className="timeline" aria-label="Timeline, newest first">
          {rows.slice(0, shown).map((row) => (
            <li key={row.key} className={`timeline-row tl-${row.type.split('.')[0]}`}>
              <time dateTime={row.latest.at}>{stamp(row.latest.at)}</time>{' '}
              <span>{describeRow(row, names)}</span>
            </li>
          ))}
        </ol>
      )}
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + SHOWN)}>
          Show older ({rows.length - shown} more)
        </button>
      )}
    </section>
  );
}
