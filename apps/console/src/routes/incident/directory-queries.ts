/** Names the incident page shows beside ids: departments, sites, every LAN (for the plan picker). */
import { useQuery } from '@tanstack/react-query';
import type { DepartmentView, LanView, Page, SiteView } from '../../api/types';
import { api } from '../../api/client';

const LONG = 10 * 60_000;

/** The same key and shape as the header's, so the list is read once. */
export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: () => api.get<Page<DepartmentView>>('departments', { limit: 500 }),
    staleTime: LONG,
  });
}

export function useSites() {
  return useQuery({
    queryKey: ['sites', 'all'],
    queryFn: () => api.get<Page<SiteView>>('sites', { limit: 500 }),
    staleTime: LONG,
  });
}

export function useAllLans(enabled: boolean) {
  return useQuery({
    queryKey: ['lans', 'all'],
    queryFn: () => api.get<Page<LanView>>('lans', { limit: 500 }),
    staleTime: LONG,
    enabled,
  });
}
