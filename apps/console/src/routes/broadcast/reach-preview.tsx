import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BroadcastPreview, BroadcastPreviewRequest } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { channelWords, formatCount, isEmptyAudience, skippedWords } from './compose';
import { RouteParts } from './network-routes';

/** How long the picker must be still before the reach is asked again. */
const DEBOUNCE_MS = 350;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const print = JSON.stringify(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [print, ms]);
  return settled;
}

/** The reach of the audience and channels as chosen, asked of the api (nothing is sent). */
export function useReach(incidentId: string, request: BroadcastPreviewRequest) {
  const settled = useDebounced(request, DEBOUNCE_MS);
  const ready = !isEmptyAudience(settled.audience) && settled.channels.length > 0;
  const query = useQuery({
    queryKey: ['broadcast-preview', incidentId, settled],
    queryFn: () =>
      api.post<BroadcastPreview>(`incidents/${incidentId}/broadcasts/preview`, settled),
    enabled: ready,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const current = JSON.stringify(settled) === JSON.stringify(request);
  return {
    ...query,
    ready: !isEmptyAudience(request.audience) && request.channels.length > 0,
    settling: !current || query.isFetching,
  };
}

/** "Reaches 2,950 staff": per channel, how many get it and how many cannot, and why. */
export function ReachPreview({
  reach,
  channels,
}: {
  reach: ReturnType<typeof useReach>;
  channels: BroadcastPreviewRequest['channels'];
}) {
  const p = reach.data;
  return (
    <section
      className="card reach"
      aria-labelledby="reach-title"
      aria-busy={reach.settling || undefined}
    >
      <h2 id="reach-title">Reach</h2>
      <div role="status" aria-live="polite">
        {!reach.ready && (
          <p className="muted">
            Choose an audience and at least one channel to see who it reaches.
          </p>
        )}
        {reach.ready && !p && reach.isFetching && <p>Counting recipients…</p>}
        {reach.ready && p && (
          <>
            <p className="reach-total">
              Reaches <strong>{formatCount(p.recipients)}</strong>{' '}
              {p.recipients === 1 ? 'person' : 'staff'} by {channelWords(channels)}
              {!channels.includes('sms') &&
                p.routes.some((r) => r.because === 'lan_closed') &&
                ' (SMS where their LAN is closed)'}
              {reach.settling && <span className="muted small"> (updating…)</span>}
            </p>
            <ul className="reach-channels">
              {(['email', 'sms'] as const)
                .filter((c) => channels.includes(c) || (p.byChannel[c]?.reachable ?? 0) > 0)
                .map((c) => (
                  <li key={c}>
                    <strong>{c === 'email' ? 'Email' : 'SMS'}</strong>:{' '}
                    {formatCount(p.byChannel[c]?.reachable ?? 0)} will get it
                    {(p.byChannel[c]?.skipped ?? 0) > 0 && (
                      <>, {formatCount(p.byChannel[c].skipped)} cannot</>
                    )}
                  </li>
                ))}
            </ul>
            {skippedWords(p.skippedReasons) && (
              <p className="muted small">Not reachable: {skippedWords(p.skippedReasons)}.</p>
            )}
            <RouteParts preview={p} />
          </>
        )}
      </div>
      <ProblemAlert error={reach.ready ? reach.error : null} />
    </section>
  );
}
