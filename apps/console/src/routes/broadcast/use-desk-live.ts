import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { BroadcastView, IncidentView, LiveEvent, Page } from '../../api/types';
import { useIncidentEvents } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import { Live, reduceBroadcast, reduceIncident } from '../../live/reducers';
import { useIncidentTip } from '../../live/use-incident-tip';
import { broadcastKey } from './broadcast-progress';

export const deskKeys = {
  incident: (id: string) => ['incident', id] as const,
  broadcasts: (id: string) => ['broadcast-desk', id, 'broadcasts'] as const,
};

/** Events that change a broadcast in ways its progress report does not carry. */
const REREAD = [
  'broadcast.created',
  'broadcast.acknowledged',
  'broadcast.escalated',
  'broadcast.retry_requested',
  'broadcast.sending',
];

/**
 * Follows the incident for the desk from where its log ends now (useIncidentTip:
 * from 0 would replay the whole log): progress reports are applied with `reduceBroadcast` to the open
 * broadcast and to the list, the incident header with `reduceIncident`; what a report
 * does not carry (an acknowledgement's name, a new broadcast) is read again once per burst.
 */
export function useDeskLive(incidentId: string): void {
  const qc = useQueryClient();
  const reread = useDebouncedInvalidate(500);
  const tip = useIncidentTip(incidentId);
  const since = tip.data ?? null;
  useEffect(() => {
    // anything read before the subscription started is read again after it
    if (since !== null) void qc.invalidateQueries({ queryKey: deskKeys.broadcasts(incidentId) });
  }, [since === null, incidentId, qc]);
  useIncidentEvents(incidentId, since, (event: LiveEvent) => {
    qc.setQueryData<Live<IncidentView>>(
      deskKeys.incident(incidentId),
      (v) => v && reduceIncident(v, event),
    );
    if (!event.type.startsWith('broadcast.')) return;
    const broadcastId = (event.data as { broadcastId?: string }).broadcastId;
    if (broadcastId)
      qc.setQueryData<Live<BroadcastView>>(
        broadcastKey(broadcastId),
        (v) => v && reduceBroadcast(v, event),
      );
    qc.setQueryData<{ pages: Page<Live<BroadcastView>>[]; pageParams: unknown[] }>(
      deskKeys.broadcasts(incidentId),
      (v) =>
        v && {
          ...v,
          pages: v.pages.map((p) => ({
            ...p,
            items: p.items.map((b) => reduceBroadcast(b, event)),
          })),
        },
    );
    if (REREAD.includes(event.type)) {
      reread(deskKeys.broadcasts(incidentId));
      if (broadcastId) reread(broadcastKey(broadcastId));
    }
  });
}
