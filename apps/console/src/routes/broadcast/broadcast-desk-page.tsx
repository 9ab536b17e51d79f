import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { BroadcastAccepted, BroadcastView, IncidentView, Page } from '../../api/types';
import { api } from '../../api/client';
import { DueIn } from '../../ui/due';
import { ProblemAlert } from '../../ui/problem-alert';
import { BroadcastProgress } from './broadcast-progress';
import { Composer } from './composer';
import { ContactReadinessPanel } from './contact-readiness-panel';
import { EarlierBroadcasts } from './earlier-broadcasts';
import { deskKeys, useDeskLive } from './use-desk-live';
import './broadcast.css';

/** The owner's and command staff's broadcast desk for one incident: write, send, watch it land. */
export function BroadcastDeskPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const selected = params.get('b');
  const [justSent, setJustSent] = useState<string | null>(null);
  useDeskLive(id);
  const incident = useQuery({
    queryKey: deskKeys.incident(id),
    queryFn: () => api.get<IncidentView>(`incidents/${id}`),
  });
  const broadcasts = useInfiniteQuery({
    queryKey: deskKeys.broadcasts(id),
    queryFn: ({ pageParam }) =>
      api.get<Page<BroadcastView>>(`incidents/${id}/broadcasts`, { limit: 20, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const onSent = (accepted: BroadcastAccepted) => {
    setParams({ b: accepted.id });
    void broadcasts.refetch();
    setJustSent(accepted.id);
  };
  const i = incident.data;
  return (
    <section aria-labelledby="desk-title" className="desk">
      <p className="small">
        <Link to={`/incidents/${id}`}>← Back to {i ? i.reference : 'the incident'}</Link>
      </p>
      <div className="spread">
        <h1 id="desk-title">Broadcast desk{i ? ` · ${i.reference}` : ''}</h1>
        {i && <DueIn at={i.nextUpdateDueAt} />}
      </div>
      {i && <p className="muted desk-incident">{i.title}</p>}
      <ProblemAlert error={incident.error} />
      {incident.isPending && <p aria-busy="true">Loading the incident…</p>}
      {selected && (
        <BroadcastProgress key={selected} broadcastId={selected} justSent={justSent === selected} />
      )}
      <div className="desk-layout">
        {i &&
          (i.status === 'closed' ? (
            <p className="card">This incident is closed: nothing more is sent for it.</p>
          ) : (
            <Composer incident={i} onSent={onSent} />
          ))}
        <EarlierBroadcasts
          broadcasts={broadcasts.data?.pages.flatMap((p) => p.items)}
          selectedId={selected}
          hasMore={!!broadcasts.hasNextPage}
          onMore={() => void broadcasts.fetchNextPage()}
        />
      </div>
      <ProblemAlert error={broadcasts.error} />
      <ContactReadinessPanel />
    </section>
  );
}
