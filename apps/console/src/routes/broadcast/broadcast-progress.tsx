import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { BroadcastView } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { Progress } from '../../ui/progress';
import { clock, when } from '../../ui/time';
import {
  channelProgress,
  formatCount,
  KIND_WORDS,
  progressChannels,
  skippedWords,
  STATUS_WORDS,
} from './compose';
import { UnreachableRecipients } from './network-routes';
import { listedSubject } from '../../ui/subject';
import { FailedDeliveries, SilentRecipients } from './delivery-lists';

export const broadcastKey = (id: string) => ['broadcast', id] as const;

/**
 * One broadcast as it goes out: per channel, how many are queued, sent and failed, and
 * how many people acknowledged; live from the incident's `broadcast.progress` events
 * (applied by the desk), read again every few seconds while it is still sending.
 */
export function BroadcastProgress({
  broadcastId,
  justSent,
}: {
  broadcastId: string;
  justSent?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // after sending, the eye (and a screen reader) goes where the news will be
    if (justSent) heading.current?.focus();
  }, [justSent]);
  const read = useQuery({
    queryKey: broadcastKey(broadcastId),
    queryFn: () => api.get<BroadcastView>(`broadcasts/${broadcastId}`),
    refetchInterval: (q) => (q.state.data?.status === 'completed' ? false : 5_000),
  });
  const b = read.data;
  return (
    <section className="card progress-panel" aria-labelledby="progress-title">
      <h2 id="progress-title" ref={heading} tabIndex={-1}>
        Delivery progress
      </h2>
      <ProblemAlert error={read.error} />
      {read.isPending && <p aria-busy="true">Loading the broadcast…</p>}
      {b && (
        <>
          <p className="progress-subject">
            <strong>{listedSubject(b.subject)}</strong>
            <span className="muted small">
              {' '}
              · {KIND_WORDS[b.kind] ?? b.kind} by {b.createdBy.name}, {when(b.createdAt)}
            </span>
          </p>
          <p role="status" className={`broadcast-status status-${b.status}`}>
            {b.status === 'completed' ? '✓ ' : ''}
            {STATUS_WORDS[b.status]}
            {b.status === 'completed' && b.completedAt ? ` at ${clock(b.completedAt)}` : ''}:{' '}
            {formatCount(b.totals.recipients)} {b.totals.recipients === 1 ? 'person' : 'staff'}
            {b.escalatedAt ? ` · escalated to the other channel at ${clock(b.escalatedAt)}` : ''}
          </p>
          <div className="progress-channels">
            {channelProgress(b.totals, progressChannels(b.totals, b.channels)).map((c) => (
              <div
                key={c.channel}
                className="progress-channel"
                role="group"
                aria-label={`${c.label} deliveries`}
              >
                <h3>{c.label}</h3>
                <Progress
                  label={`${c.label} queued`}
                  value={c.queued}
                  max={c.deliveries}
                  tone="info"
                />
                <Progress label={`${c.label} sent`} value={c.sent} max={c.deliveries} tone="ok" />
                <Progress
                  label={`${c.label} failed`}
                  value={c.failed}
                  max={c.deliveries}
                  tone="bad"
                />
                {c.skipped > 0 && (
                  <p className="muted small">
                    {formatCount(c.skipped)} skipped (no address, no consent or LAN closed)
                  </p>
                )}
              </div>
            ))}
            <div className="progress-channel" role="group" aria-label="Acknowledgements">
              <h3>People</h3>
              {b.requireAck ? (
                <>
                  <Progress
                    label="Acknowledged"
                    value={b.totals.acknowledged}
                    max={b.totals.recipients}
                    tone="ok"
                  />
                  <p className="small">{formatCount(b.totals.silent)} not yet acknowledged</p>
                </>
              ) : (
                <p className="muted small">No acknowledgement was asked for.</p>
              )}
            </div>
          </div>
          {skippedWords(b.totals.skippedReasons) && (
            <p className="muted small">Skipped: {skippedWords(b.totals.skippedReasons)}.</p>
          )}
          <UnreachableRecipients broadcast={b} />
          <FailedDeliveries broadcast={b} />
          {b.requireAck && <SilentRecipients broadcast={b} />}
        </>
      )}
    </section>
  );
}
