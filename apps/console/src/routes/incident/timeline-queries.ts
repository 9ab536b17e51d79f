/** The incident's timeline in the query cache: read once, then kept live by useIncidentLive. */
import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventView } from '../../api/types';
import { readPages } from '../../api/pages';
import { incidentKeys } from './keys';

/** At most this many pages are read (5,000 events that matter: days of an incident). */
const MAX_PAGES = 10;

/** Events after `sinceSeq`, oldest first, a page of 500 at a time, bounded. */
export function readEvents(
  incidentId: string,
  query: { significant?: boolean; types?: readonly string[]; sinceSeq?: number },
  maxPages = MAX_PAGES,
): Promise<{ items: EventView[]; complete: boolean }> {
  return readPages<EventView>(
    `incidents/${incidentId}/events`,
    {
      sinceSeq: query.sinceSeq,
      significant: query.significant || undefined,
      types: query.types ? [...query.types] : undefined,
    },
    { maxPages },
  );
}

/** Two lists of events as one, each seq once, oldest first. */
export function mergeEvents(a: readonly EventView[], b: readonly EventView[]): EventView[] {
  const bySeq = new Map<number, EventView>();
  for (const e of [...a, ...b]) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((x, y) => x.seq - y.seq);
}

/**
 * The events that matter to people (`significant=true`). Merged with whatever
 * the live feed put in the cache meanwhile, so nothing it applied is lost.
 */
export async function loadTimeline(qc: QueryClient, incidentId: string): Promise<EventView[]> {
  const read = await readEvents(incidentId, { significant: true });
  const current = qc.getQueryData<EventView[]>(incidentKeys.timeline(incidentId)) ?? [];
  return mergeEvents(read.items, current);
}

/**
 * The timeline of an incident (incidentKeys.timeline). The incident page reads it first
 * (incident-queries.ts loadTimelineCursor) and the live feed appends to it; this reads it
 * only when the key is still empty (another screen, or a panel shown first).
 */
export function useTimeline(incidentId: string) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: incidentKeys.timeline(incidentId),
    queryFn: () => loadTimeline(qc, incidentId),
    staleTime: Infinity,
  });
}
