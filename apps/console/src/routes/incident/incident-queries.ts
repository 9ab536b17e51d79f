/** The incident page's reads: the timeline and where the live feed starts, then the data it keeps live. */
import { useEffect, useState } from 'react';
import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EventView,
  IncidentView,
  LanPlanView,
  TaskStatus,
  TaskSummary,
  TaskView,
} from '../../api/types';
import { api } from '../../api/client';
import { readPages } from '../../api/pages';
import type { Live } from '../../live/reducers';
import { incidentKeys } from './keys';
import { loadTimeline } from './timeline-queries';

/**
 * Reads the incident (whose `lastSeq` is where the live feed starts: nothing replayed,
 * nothing missed) and then its timeline into the cache, and answers that seq. The data
 * the feed keeps live is read after this.
 */
export async function loadTimelineCursor(qc: QueryClient, id: string): Promise<number> {
  const incident = await api.get<IncidentView>(`incidents/${id}`);
  qc.setQueryData(incidentKeys.incident(id), incident);
  qc.setQueryData<EventView[]>(incidentKeys.timeline(id), await loadTimeline(qc, id));
  return incident.lastSeq ?? 0;
}

export function useTimelineCursor(qc: QueryClient, id: string) {
  return useQuery({
    queryKey: [...incidentKeys.timeline(id), 'cursor'],
    queryFn: () => loadTimelineCursor(qc, id),
    staleTime: Infinity,
    gcTime: 0,
    retry: 2,
  });
}

export function useIncident(id: string, ready: boolean) {
  return useQuery({
    queryKey: incidentKeys.incident(id),
    queryFn: () => api.get<IncidentView>(`incidents/${id}`),
    enabled: ready,
  });
}

export function useLanPlan(id: string, ready: boolean) {
  return useQuery({
    queryKey: incidentKeys.lans(id),
    queryFn: async () =>
      (await readPages<LanPlanView>(`incidents/${id}/lans`, {}, { maxPages: 20 })).items,
    enabled: ready,
  });
}

/** The incident's tasks counted per department and state (the reader's own department for ITU). */
export function useTaskSummary(id: string, ready: boolean) {
  return useQuery({
    queryKey: incidentKeys.taskSummary(id),
    queryFn: () => api.get<TaskSummary>('tasks/summary', { incidentId: id }),
    enabled: ready,
  });
}

/** One department's tasks of the incident as the panel keeps them; the feed applies claims to `items`. */
export interface DepartmentTaskList {
  departmentId: string;
  items: Live<TaskView>[];
  /** False when there were more than MAX_TASK_PAGES pages of 500. */
  complete: boolean;
}

/** At most this many pages of 500 tasks are read for one department. */
export const MAX_TASK_PAGES = 10;

/** One department's tasks (one state, or all when null): read when the department is opened. */
export function useDepartmentTasks(id: string, departmentId: string, status: TaskStatus | null) {
  return useQuery({
    queryKey: incidentKeys.departmentTasks(id, departmentId, status),
    queryFn: async (): Promise<DepartmentTaskList> => {
      const page = await readPages<TaskView>(
        'tasks',
        { incidentId: id, departmentId, status: status ?? undefined },
        { maxPages: MAX_TASK_PAGES },
      );
      return { departmentId, ...page };
    },
  });
}

/** The department task lists the tasks panel has read (to name tasks elsewhere), kept current. */
export function useOpenedTaskLists(id: string): DepartmentTaskList[] {
  const qc = useQueryClient();
  const read = () =>
    qc
      .getQueriesData<DepartmentTaskList>({ queryKey: incidentKeys.tasks(id) })
      .flatMap(([, data]) => (data ? [data] : []));
  const [lists, setLists] = useState(read);
  useEffect(() => {
    const prefix = JSON.stringify(incidentKeys.tasks(id)).slice(0, -1);
    return qc.getQueryCache().subscribe((e) => {
      if (e.type === 'updated' && JSON.stringify(e.query.queryKey).startsWith(prefix))
        setLists(read());
    });
  }, [qc, id]);
  return lists;
}
