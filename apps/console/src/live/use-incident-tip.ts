import { useQuery } from '@tanstack/react-query';
import type { IncidentView } from '../api/types';
import { api } from '../api/client';

/**
 * Where to start following an incident: the seq of its latest event as the api reads it
 * now (`lastSeq`). A screen subscribes from there and reads its lists after the
 * subscription started, so it replays nothing and misses nothing.
 */
export function useIncidentTip(incidentId: string) {
  return useQuery({
    queryKey: ['live', 'tip', incidentId],
    queryFn: async () => (await api.get<IncidentView>(`incidents/${incidentId}`)).lastSeq ?? 0,
    staleTime: Infinity,
    gcTime: 0,
  });
}
