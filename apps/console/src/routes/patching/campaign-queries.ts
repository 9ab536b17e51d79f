/**
 * Reads and writes of the patch campaign screens. The board follows its campaign over
 * /live (`campaign.subscribe` from its `lastSeq`), and by polling
 * `GET /campaigns/:id/events?sinceSeq=` (every 5 s, one row) while the socket is down:
 * on an event, the board and its devices are read again.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useCampaignEvents, useLiveState } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import type { DepartmentView, EventView, Page } from '../../api/types';
import type {
  AdvisoryView,
  CampaignSummaryView,
  CampaignView,
  CreateAdvisoryRequest,
  RolloutDeviceView,
  TestResult,
} from './campaign-types';

export const FOLLOW_MS = 5_000;

export const campaignKeys = {
  advisories: ['advisories'] as const,
  campaigns: ['campaigns'] as const,
  campaign: (id: string) => ['campaign', id] as const,
  devices: (id: string) => ['campaign', id, 'devices'] as const,
  follow: (id: string, seq: number) => ['campaign', id, 'follow', seq] as const,
};

export const useAdvisories = () =>
  useQuery({
    queryKey: campaignKeys.advisories,
    queryFn: async () => (await api.get<Page<AdvisoryView>>('advisories', { limit: 500 })).items,
  });

export const useCampaigns = () =>
  useQuery({
    queryKey: campaignKeys.campaigns,
    queryFn: async () =>
      (await api.get<Page<CampaignSummaryView>>('campaigns', { limit: 500 })).items,
  });

export const useDepartments = () =>
  useQuery({
    queryKey: ['departments'],
    queryFn: () => api.get<Page<DepartmentView>>('departments', { limit: 500 }),
    staleTime: 10 * 60_000,
  });

export const useCampaign = (id: string) =>
  useQuery({
    queryKey: campaignKeys.campaign(id),
    queryFn: () => api.get<CampaignView>(`campaigns/${id}`),
  });

/** Every device of the started stages this user may see, by host name. */
export const useRolloutDevices = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: campaignKeys.devices(id),
    queryFn: async () => {
      const items: RolloutDeviceView[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<RolloutDeviceView> = await api.get(`campaigns/${id}/devices`, {
          limit: 500,
          cursor: cursor ?? undefined,
        });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    },
    enabled,
  });

/** The campaign's events, read again whenever the board's `lastSeq` moves. */
export const useCampaignHistory = (id: string, lastSeq: number) =>
  useQuery({
    queryKey: ['campaign', id, 'history', lastSeq],
    queryFn: async () => {
      const items: EventView[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<EventView> = await api.get(`campaigns/${id}/events`, {
          limit: 500,
          cursor: cursor ?? undefined,
        });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    },
    placeholderData: (previous) => previous,
  });

/**
 * Follows the campaign over /live (`campaign.subscribe` from the board's `lastSeq`): on
 * each event the board, its devices and the list are read again, once per burst. While
 * the socket is not live, polls for an event after `lastSeq` instead.
 */
export function useFollowCampaign(id: string, lastSeq: number | undefined) {
  const qc = useQueryClient();
  const live = useLiveState() === 'live';
  const invalidate = useDebouncedInvalidate();
  useCampaignEvents(id, lastSeq ?? null, () => {
    invalidate(campaignKeys.campaign(id));
    invalidate(campaignKeys.devices(id));
    invalidate(campaignKeys.campaigns);
  });
  return useQuery({
    queryKey: campaignKeys.follow(id, lastSeq ?? -1),
    queryFn: async () => {
      const page = await api.get<Page<EventView>>(`campaigns/${id}/events`, {
        sinceSeq: lastSeq,
        limit: 1,
      });
      // an ITU member's page may be empty of an event left out (another department's) with
      // more after it (nextCursor): the board is read again all the same, its lastSeq moves on
      if (page.items.length > 0 || page.nextCursor !== null) {
        await qc.invalidateQueries({ queryKey: campaignKeys.campaign(id), exact: true });
        await qc.invalidateQueries({ queryKey: campaignKeys.devices(id) });
        await qc.invalidateQueries({ queryKey: campaignKeys.campaigns });
      }
      return page.items.length;
    },
    enabled: lastSeq !== undefined && !live,
    refetchInterval: FOLLOW_MS,
  });
}

export function useCreateAdvisory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAdvisoryRequest) => api.post<AdvisoryView>('advisories', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: campaignKeys.advisories }),
  });
}

export function useStartCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (advisoryId: string) => api.post<CampaignView>('campaigns', { advisoryId }),
    onSuccess: (c) => {
      qc.setQueryData(campaignKeys.campaign(c.id), c);
      return qc.invalidateQueries({ queryKey: campaignKeys.campaigns });
    },
  });
}

/** A campaign command answering the board: the answer replaces the board read. */
function useBoardCommand<V>(id: string, send: (v: V) => Promise<CampaignView>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (c) => {
      qc.setQueryData(campaignKeys.campaign(id), c);
      void qc.invalidateQueries({ queryKey: campaignKeys.campaigns });
      return qc.invalidateQueries({ queryKey: campaignKeys.devices(id) });
    },
  });
}

export const useRecordTest = (id: string) =>
  useBoardCommand(id, (v: { deviceId: string; result: TestResult; note: string }) =>
    api.post<CampaignView>(`campaigns/${id}/test-devices/${v.deviceId}/result`, {
      result: v.result,
      note: v.note || undefined,
    }),
  );

export const useSetTestDevices = (id: string) =>
  useBoardCommand(id, (testDeviceIds: string[]) =>
    api.put<CampaignView>(`campaigns/${id}/test-devices`, { testDeviceIds }),
  );

export const useApprove = (id: string) =>
  useBoardCommand(id, (overrideReason: string) =>
    api.post<CampaignView>(`campaigns/${id}/approve`, {
      overrideReason: overrideReason.trim() || undefined,
    }),
  );

export const useStartStage = (id: string) =>
  useBoardCommand(id, (departmentId: string) =>
    api.post<CampaignView>(`campaigns/${id}/stages`, { departmentId }),
  );

/** A device command: the device row is replaced, the board read again for its counts. */
export function useDeviceCommand(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      deviceId: string;
      action: 'claim' | 'release' | 'patched' | 'failed';
      note?: string;
    }) =>
      v.action === 'claim' || v.action === 'release'
        ? api.post<RolloutDeviceView>(`campaigns/${id}/devices/${v.deviceId}/${v.action}`)
        : api.post<RolloutDeviceView>(`campaigns/${id}/devices/${v.deviceId}/outcome`, {
            outcome: v.action,
            note: v.note?.trim() || undefined,
          }),
    onSettled: async () => {
      await qc.invalidateQueries({ queryKey: campaignKeys.devices(id) });
      await qc.invalidateQueries({ queryKey: campaignKeys.campaign(id), exact: true });
      await qc.invalidateQueries({ queryKey: campaignKeys.campaigns });
    },
  });
}
