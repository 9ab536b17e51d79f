/** The directory lists the admin screens show (same keys as the other screens, so one read serves all). */
import { useQuery } from '@tanstack/react-query';
import type { DepartmentView, LanView, Page, SiteView, UserView } from '../../api/types';
import { api } from '../../api/client';

export const adminKeys = {
  departments: ['departments'] as const,
  sites: ['sites', 'all'] as const,
  lans: ['lans', 'all'] as const,
  users: ['users', 'all'] as const,
  baseline: ['baseline'] as const,
};

export const useDepartments = () =>
  useQuery({
    queryKey: adminKeys.departments,
    queryFn: () => api.get<Page<DepartmentView>>('departments', { limit: 500 }),
  });

export const useSites = () =>
  useQuery({
    queryKey: adminKeys.sites,
    queryFn: () => api.get<Page<SiteView>>('sites', { limit: 500 }),
  });

export const useLans = () =>
  useQuery({
    queryKey: adminKeys.lans,
    queryFn: () => api.get<Page<LanView>>('lans', { limit: 500 }),
  });

export const useUsers = () =>
  useQuery({
    queryKey: adminKeys.users,
    queryFn: () => api.get<Page<UserView>>('users', { limit: 500 }),
  });

/** id → name, for showing references by name. */
export function namesById(
  items: { id: string; code: string; name: string }[] | undefined,
): Map<string, string> {
  return new Map((items ?? []).map((i) => [i.id, i.name]));
}
