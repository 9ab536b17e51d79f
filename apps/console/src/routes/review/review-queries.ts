import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { IncidentView, Page } from '../../api/types';
import { api } from '../../api/client';
import { useIncidentEvents } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import { changesReview } from './review-actions';
import { reviewKeys, type ReviewView, type UserRef } from './review-types';

/** The incident as the review screen reads it first: its `lastSeq` starts the live feed. */
export function useIncidentHead(incidentId: string) {
  return useQuery({
    queryKey: reviewKeys.incident(incidentId),
    queryFn: () => api.get<IncidentView>(`incidents/${incidentId}`),
  });
}

/** Read after the incident (so no event between the two is missed). */
export function useReview(incidentId: string, ready: boolean) {
  return useQuery({
    queryKey: reviewKeys.review(incidentId),
    queryFn: () => api.get<ReviewView>(`incidents/${incidentId}/review`),
    enabled: ready,
    retry: false,
  });
}

/** Who an item may be given to, read when the add form opens. */
export function useAssignees(incidentId: string, enabled: boolean) {
  return useQuery({
    queryKey: reviewKeys.assignees(incidentId),
    queryFn: () => api.get<Page<UserRef>>(`incidents/${incidentId}/review/assignees`),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * Follows the incident live from the seq its head was read at: a review event (a section
 * saved, an item added or done, a reminder, the sign-off; the review opening after the
 * close) reads the review again, once per burst.
 */
export function useReviewLive(incidentId: string, sinceSeq: number | null): void {
  const qc = useQueryClient();
  const refetch = useDebouncedInvalidate();
  useIncidentEvents(incidentId, sinceSeq, (event) => {
    if (changesReview(event.type)) refetch(reviewKeys.review(incidentId));
    if (event.type === 'incident.status_changed')
      void qc.invalidateQueries({ queryKey: reviewKeys.incident(incidentId), exact: true });
  });
}
