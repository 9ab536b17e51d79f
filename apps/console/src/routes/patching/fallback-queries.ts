/** Reads and writes of the critical services screen and the incident's fall-back panel. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EligibleOwnerView, Page } from '../../api/types';
import type { components } from '../../api/schema';

type DeviceView = components['schemas']['DeviceView'];
import { api, call } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type {
  CreateCriticalServiceRequest,
  CriticalServiceView,
  FallbackAttachmentView,
} from './fallback-types';

export const fallbackKeys = {
  services: ['critical-services'] as const,
  deciders: ['critical-services', 'deciders'] as const,
  devices: (q: string) => ['devices', 'search', q] as const,
  attached: (incidentId: string) => ['incident', incidentId, 'fallback'] as const,
};

export const useCriticalServices = () =>
  useQuery({
    queryKey: fallbackKeys.services,
    queryFn: async () =>
      (await api.get<Page<CriticalServiceView>>('critical-services', { limit: 500 })).items,
  });

export const useDeciders = (enabled: boolean) =>
  useQuery({
    queryKey: fallbackKeys.deciders,
    queryFn: async () =>
      (await api.get<Page<EligibleOwnerView>>('critical-services/deciders')).items,
    enabled,
  });

/** Devices whose host name holds `q` (two characters or more), for picking servers. */
export const useDeviceSearch = (q: string) =>
  useQuery({
    queryKey: fallbackKeys.devices(q),
    queryFn: async () => (await api.get<Page<DeviceView>>('devices', { q, limit: 20 })).items,
    enabled: q.trim().length >= 2,
    staleTime: 30_000,
  });

/** Creates (no id) or changes (id and the version read) a service; the list is read again. */
export function useSaveService(id: string | null, version: number | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCriticalServiceRequest) =>
      id
        ? api.put<CriticalServiceView>(`critical-services/${id}`, { ...body, version })
        : api.post<CriticalServiceView>('critical-services', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: fallbackKeys.services, exact: true }),
  });
}

export function useDeleteService() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call<void>('DELETE', `critical-services/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: fallbackKeys.services, exact: true }),
  });
}

/**
 * The plan attached to an incident, or null when it has none (404). Read again every
 * 20 seconds while shown: its tasks' states change as ITU members work.
 */
export const useAttachedPlan = (incidentId: string) =>
  useQuery({
    queryKey: fallbackKeys.attached(incidentId),
    queryFn: async () => {
      try {
        return await api.get<FallbackAttachmentView>(`incidents/${incidentId}/fallback`);
      } catch (err) {
        if (err instanceof ApiProblem && err.status === 404) return null;
        throw err;
      }
    },
    refetchInterval: (q) => (q.state.data ? 20_000 : false),
  });
