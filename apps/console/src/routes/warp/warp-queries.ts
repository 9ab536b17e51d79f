/** The WARP screens' reads, kept live: each re-read once per burst of events that change it. */
import { useQuery } from '@tanstack/react-query';
import type { IncidentView, LiveEvent } from '../../api/types';
import { api } from '../../api/client';
import { useIncidentEvents } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import {
  changesPrompts,
  changesSendings,
  changesSummary,
  WarpPreviewView,
  warpKeys,
  WarpPrompt,
  WarpSendingView,
} from './warp-words';

export function useWarpPreview(id: string, names: boolean, enabled = true) {
  return useQuery({
    enabled,
    queryKey: warpKeys.preview(id, names),
    queryFn: () =>
      api.get<WarpPreviewView>(`incidents/${id}/warp`, {
        format: 'json',
        departmentNames: names ? 'true' : 'false',
      }),
  });
}

export function useWarpPrompts(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: warpKeys.prompts(id),
    queryFn: async () =>
      (await api.get<{ items: WarpPrompt[] }>(`incidents/${id}/warp/prompts`)).items,
    retry: (count, error) => count < 2 && !(error as { status?: number }).status,
  });
}

export function useWarpSendings(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: warpKeys.sendings(id),
    queryFn: async () =>
      (await api.get<{ items: WarpSendingView[] }>(`incidents/${id}/warp/sendings`)).items,
  });
}

/**
 * Follows the incident from `sinceSeq` and reads again what an event changes: the
 * prompts, the sendings, and (for anything but per-recipient chatter) the summary.
 */
export function useWarpLive(id: string, sinceSeq: number | null, names: boolean | null): void {
  const refetch = useDebouncedInvalidate(500);
  useIncidentEvents(id, sinceSeq, (event: LiveEvent) => {
    if (changesPrompts(event.type)) refetch(warpKeys.prompts(id));
    if (changesSendings(event.type)) refetch(warpKeys.sendings(id));
    if (names !== null && changesSummary(event.type)) refetch(warpKeys.preview(id, names));
  });
}

/** The incident, for its reference and where the live feed starts. */
export function useWarpIncident(id: string) {
  return useQuery({
    queryKey: ['incident', id, 'warp-cursor'],
    queryFn: () => api.get<IncidentView>(`incidents/${id}`),
    staleTime: Infinity,
    gcTime: 0,
  });
}
