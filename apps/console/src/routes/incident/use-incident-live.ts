import { useQueryClient } from '@tanstack/react-query';
import type { EventView, IncidentView, LanPlanView, LiveEvent } from '../../api/types';
import { useIncidentEvents } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import {
  addsTask,
  changesLanCounts,
  Live,
  reduceIncident,
  reduceLans,
  reduceTasks,
  reduceTimeline,
} from '../../live/reducers';
import type { DepartmentTaskList } from './incident-queries';
import { incidentKeys } from './keys';

/** Whether an opened department's task list must be read again: a task new to it, moved, or cancelled in bulk. */
function rereads(list: DepartmentTaskList, event: LiveEvent): boolean {
  const d = event.data as Record<string, unknown>;
  if (event.type === 'tasks.cancelled' || event.type === 'task.reassigned') return true;
  return d['departmentId'] === list.departmentId && addsTask(list.items, event);
}

/**
 * Follows one incident live from `sinceSeq` and applies each event to the screens' cached
 * data with the pure reducers (incident header, LAN board, the opened departments' task
 * lists, timeline). What an event cannot say by itself (device counts behind a bar, the
 * tasks panel's counts, a new task's details, a directive's acknowledgements) is read
 * again from the api, once per burst, each key exactly (a prefix would reload every list
 * of the incident).
 *
 * `sinceSeq`: the incident's latest seq at the time the page's data is read, so that
 * nothing is replayed and nothing missed. incident-queries.ts `loadTimelineCursor` reads
 * the significant timeline into incidentKeys.timeline and finds that seq; the incident,
 * LAN plan and task counts are read after it. Not the last *significant* seq: a resume from
 * there replays every task and delivery event since (thousands after a shutdown).
 */
export function useIncidentLive(incidentId: string, sinceSeq: number | null): void {
  const qc = useQueryClient();
  const refetch = useDebouncedInvalidate();

  useIncidentEvents(incidentId, sinceSeq, (event: LiveEvent) => {
    qc.setQueryData<Live<IncidentView>>(
      incidentKeys.incident(incidentId),
      (v) => v && reduceIncident(v, event),
    );
    qc.setQueryData<Live<LanPlanView>[]>(
      incidentKeys.lans(incidentId),
      (v) => v && reduceLans(v, event),
    );
    qc.setQueryData<EventView[]>(
      incidentKeys.timeline(incidentId),
      (v) => v && reduceTimeline(v, event),
    );
    if (event.type.startsWith('task')) {
      refetch(incidentKeys.taskSummary(incidentId));
      const lists = qc.getQueriesData<DepartmentTaskList>({
        queryKey: incidentKeys.tasks(incidentId),
      });
      for (const [key, list] of lists) {
        if (!list) continue;
        if (rereads(list, event)) refetch(key);
        else {
          const items = reduceTasks(list.items, event);
          if (items !== list.items) qc.setQueryData(key, { ...list, items });
        }
      }
    }
    if (changesLanCounts(event) || event.type === 'lan.planned')
      refetch(incidentKeys.lans(incidentId));
    if (event.type.startsWith('directive.')) refetch(incidentKeys.directives(incidentId));
    if (
      event.type.startsWith('detection.') ||
      event.type === 'device.isolated' ||
      event.type === 'device.infected'
    )
      refetch(incidentKeys.detections(incidentId));
    if (event.type.startsWith('fault.')) refetch(incidentKeys.faultReports(incidentId));
    if (event.type.startsWith('broadcast.')) refetch(incidentKeys.broadcasts(incidentId));
    if (event.type === 'incident.updated' || event.type === 'lan.planned')
      refetch(incidentKeys.incident(incidentId));
  });
}
