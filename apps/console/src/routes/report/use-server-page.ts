import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { IncidentView } from '../../api/types';
import { api, fetchText } from '../../api/client';
import { useIncidentEvents } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import { useIncidentTip } from '../../live/use-incident-tip';

/**
 * A page the api renders for an incident (`incidents/:id/<path>?format=html`: the report,
 * the printable plan), shown in a frame sized to its content and read again after each
 * burst of the incident's live events. One rendering only: the api's.
 */
export function useServerPage(id: string, path: 'report' | 'plan') {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(900);
  const incident = useQuery({
    queryKey: ['incident', id],
    queryFn: () => api.get<IncidentView>(`incidents/${id}`),
  });
  const tip = useIncidentTip(id);
  const key = [path, id, 'html'] as const;
  const page = useQuery({
    queryKey: key,
    queryFn: () => fetchText(`incidents/${id}/${path}`, { format: 'html' }),
    enabled: tip.isSuccess,
    placeholderData: (previous) => previous,
  });
  const refetch = useDebouncedInvalidate(1_500);
  useIncidentEvents(id, tip.data ?? null, () => refetch(key));

  const fit = () => {
    const doc = frame.current?.contentDocument;
    if (doc?.documentElement) setHeight(doc.documentElement.scrollHeight + 16);
  };
  useEffect(() => {
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  const title = incident.data ? `${incident.data.reference}: ${incident.data.title}` : '';
  const print = () => frame.current?.contentWindow?.print();
  return { incident, page, frame, height, fit, title, print };
}
