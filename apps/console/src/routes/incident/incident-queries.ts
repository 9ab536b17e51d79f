/** The incident page's reads: the timeline and where the live feed starts, then the data it keeps live. */
import { QueryClient, useQuery } from '@tanstack/react-query';
import type { EventView, IncidentView, LanPlanView, Page, TaskView } from '@cordon/contracts';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { lastSeq } from '../../live/reducers';
import { incidentKeys } from './keys';
import { findHeadSeq } from './timeline-cursor';

const PAGE = 500;
/** At most this many pages of the timeline are read at once (older ones are not shown). */
const MAX_TIMELINE_PAGES = 10;
/** At most this many tasks are kept for the counts and lists (10 pages of 500). */
export const MAX_TASK_PAGES = 10;

const eventsPath = (id: string) => `incidents/${id}/events`;

async function pagesOf<T>(
  read: (cursor: string | null) => Promise<Page<T>>,
  maxPages: number,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i += 1) {
    const page: Page<T> = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return { items, complete: true };
  }
  return { items, complete: false };
}

/** The significant events (an api without the filter answers every event; the timeline groups them). */
async function significantEvents(id: string, sinceSeq: number): Promise<EventView[]> {
  const read = (significant: boolean) =>
    pagesOf<EventView>(
      (cursor) =>
        api.get<Page<EventView>>(eventsPath(id), {
          sinceSeq,
          limit: PAGE,
          cursor,
          significant: significant || undefined,
        }),
      MAX_TIMELINE_PAGES,
    );
  try {
    return (await read(true)).items;
  } catch (err) {
    if (!(err instanceof ApiProblem && err.status === 400 && err.field('significant'))) throw err;
    return (await read(false)).items;
  }
}

/**
 * Reads the timeline into incidentKeys.timeline and answers the seq the live feed starts
 * after: the incident's latest event, so that no event is replayed and none missed
 * (the data the feed keeps live is read after this).
 */
export async function loadTimelineCursor(qc: QueryClient, id: string): Promise<number> {
  const events = await significantEvents(id, 0);
  const from = lastSeq(events);
  const head = await findHeadSeq(from, async (seq) => {
    const page = await api.get<Page<EventView>>(eventsPath(id), { sinceSeq: seq, limit: 1 });
    return page.items.length > 0;
  });
  if (head > from) events.push(...(await significantEvents(id, from)).filter((e) => e.seq <= head));
  qc.setQueryData<EventView[]>(incidentKeys.timeline(id), (current) => {
    if (!current) return events;
    const seen = new Set(events.map((e) => e.seq));
    return [...events, ...current.filter((e) => !seen.has(e.seq))].sort((a, b) => a.seq - b.seq);
  });
  return head;
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
      (
        await pagesOf<LanPlanView>(
          (cursor) => api.get<Page<LanPlanView>>(`incidents/${id}/lans`, { limit: PAGE, cursor }),
          20,
        )
      ).items,
    enabled: ready,
  });
}

/** The incident's tasks (all departments the reader may see), bounded; the feed applies claims to them. */
export function useIncidentTasks(id: string, ready: boolean) {
  return useQuery({
    queryKey: incidentKeys.tasks(id),
    queryFn: async () =>
      (
        await pagesOf<TaskView>(
          (cursor) => api.get<Page<TaskView>>('tasks', { incidentId: id, limit: PAGE, cursor }),
          MAX_TASK_PAGES,
        )
      ).items,
    enabled: ready,
  });
}
