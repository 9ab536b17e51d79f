/** The incident page's reads: the timeline and where the live feed starts, then the data it keeps live. */
import { QueryClient, useQuery } from '@tanstack/react-query';
import type { EventView, IncidentView, LanPlanView, TaskView } from '../../api/types';
import { api } from '../../api/client';
import { readPages } from '../../api/pages';
import { incidentKeys } from './keys';
import { loadTimeline } from './timeline-queries';

/** At most this many tasks are kept for the counts and lists (10 pages of 500). */
export const MAX_TASK_PAGES = 10;

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

/** The incident's tasks (all departments the reader may see), bounded; the feed applies claims to them. */
export function useIncidentTasks(id: string, ready: boolean) {
  return useQuery({
    queryKey: incidentKeys.tasks(id),
    queryFn: async () =>
      (await readPages<TaskView>('tasks', { incidentId: id }, { maxPages: MAX_TASK_PAGES })).items,
    enabled: ready,
  });
}
