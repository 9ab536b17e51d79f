import { useQueryClient } from '@tanstack/react-query';
import type { IncidentView, LiveEvent, Page } from '../../api/types';
import { useIncidentEvents } from '../../live/live-context';
import { Live, reduceIncident } from '../../live/reducers';

/**
 * Follows one incident of the board live from the seq it was read at: a handover, a
 * status change or a posted update changes its row at once (`reduceIncident`).
 * Renders nothing; the board mounts one per open incident it shows.
 */
export function FollowIncident({
  incident,
  listKey,
}: {
  incident: IncidentView;
  listKey: readonly unknown[];
}) {
  const qc = useQueryClient();
  useIncidentEvents(incident.id, incident.lastSeq ?? 0, (event: LiveEvent) =>
    qc.setQueryData<Page<Live<IncidentView>>>(
      listKey,
      (page) => page && { ...page, items: page.items.map((i) => reduceIncident(i, event)) },
    ),
  );
  return null;
}
