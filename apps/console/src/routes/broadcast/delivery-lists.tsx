import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import type {
  AcknowledgementView,
  BroadcastView,
  DeliveryView,
  Page,
  RetryFailedResult,
  SilentRecipientView,
} from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { formatCount } from './compose';

const LIST_LIMIT = 100;
/** Silent people listed at first; the rest one click away. */
const SILENT_SHOWN = 10;

export const deliveryKeys = {
  failed: (id: string) => ['broadcast', id, 'failed'] as const,
  silent: (id: string) => ['broadcast', id, 'silent'] as const,
};

/** Deliveries that failed, with the provider's reason, and "Retry failed". */
export function FailedDeliveries({ broadcast }: { broadcast: BroadcastView }) {
  const qc = useQueryClient();
  const failedCount = broadcast.totals.failed;
  const list = useQuery({
    queryKey: [...deliveryKeys.failed(broadcast.id), failedCount],
    queryFn: () =>
      api.get<Page<DeliveryView>>(`broadcasts/${broadcast.id}/deliveries`, {
        status: 'failed',
        limit: LIST_LIMIT,
      }),
    enabled: failedCount > 0,
  });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const retry = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const r = await api.post<RetryFailedResult>(`broadcasts/${broadcast.id}/retry-failed`);
      setResult(
        r.retried
          ? `${formatCount(r.retried)} deliver${r.retried === 1 ? 'y' : 'ies'} queued again.`
          : 'Nothing to retry.',
      );
      await qc.invalidateQueries({ queryKey: ['broadcast', broadcast.id] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`failed-${broadcast.id}`}>
      <div className="spread">
        <h3 id={`failed-${broadcast.id}`}>Failed ({formatCount(failedCount)})</h3>
        {failedCount > 0 && (
          <button type="button" onClick={retry} disabled={busy} aria-busy={busy || undefined}>
            {busy ? 'Retrying…' : 'Retry failed'}
          </button>
        )}
      </div>
      <div role="status">{result && <p className="alert alert-ok">{result}</p>}</div>
      <ProblemAlert error={error ?? list.error} />
      {failedCount === 0 && <p className="muted small">No delivery has failed.</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="muted small">
              {list.data.nextCursor ? `The first ${LIST_LIMIT}` : 'Every failed delivery'}, with the
              provider's reason
            </caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Channel</th>
                <th scope="col">Address</th>
                <th scope="col">Why it failed</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((d) => (
                <tr key={d.id}>
                  <td>{d.recipient.name}</td>
                  <td>{d.channel === 'sms' ? 'SMS' : 'Email'}</td>
                  <td>{d.address ?? '—'}</td>
                  <td>
                    {d.reason ?? d.providerStatus ?? 'no reason given'}
                    {d.attempts > 1 && (
                      <span className="muted small"> ({d.attempts} attempts)</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** People who have not acknowledged, with "Record acknowledgement" for one taken by phone. */
export function SilentRecipients({ broadcast }: { broadcast: BroadcastView }) {
  const [shown, setShown] = useState(SILENT_SHOWN);
  const list = useQuery({
    queryKey: [...deliveryKeys.silent(broadcast.id), broadcast.totals.acknowledged],
    queryFn: () =>
      api.get<Page<SilentRecipientView>>(`broadcasts/${broadcast.id}/silent`, {
        limit: LIST_LIMIT,
      }),
    enabled: broadcast.totals.silent > 0,
    placeholderData: (previous) => previous,
  });
  return (
    <section aria-labelledby={`silent-${broadcast.id}`}>
      <h3 id={`silent-${broadcast.id}`}>Silent ({formatCount(broadcast.totals.silent)})</h3>
      <ProblemAlert error={list.error} />
      {broadcast.totals.silent === 0 && <p className="muted small">Everyone has acknowledged.</p>}
      {broadcast.totals.silent > 0 && list.data && (
        <ul className="plain silent-list">
          {list.data.items.slice(0, shown).map((r) => (
            <SilentRow key={r.recipientId} broadcastId={broadcast.id} recipient={r} />
          ))}
        </ul>
      )}
      {list.data && list.data.items.length > shown && (
        <button type="button" onClick={() => setShown(LIST_LIMIT)}>
          Show {list.data.items.length - shown} more silent
        </button>
      )}
      {list.data?.nextCursor && shown >= LIST_LIMIT && (
        <p className="muted small">The first {LIST_LIMIT} are listed.</p>
      )}
    </section>
  );
}

function SilentRow({
  broadcastId,
  recipient,
}: {
  broadcastId: string;
  recipient: SilentRecipientView;
}) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<AcknowledgementView | null>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setDone(
        await api.post<AcknowledgementView>(`broadcasts/${broadcastId}/acknowledgements`, {
          staffId: recipient.recipientId,
          note: note.trim() || undefined,
        }),
      );
      await qc.invalidateQueries({ queryKey: ['broadcast', broadcastId] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const how = recipient.deliveries
    .map(
      (d) =>
        `${d.channel === 'sms' ? 'SMS' : 'email'} ${d.status}${d.reason ? ` (${d.reason})` : ''}`,
    )
    .join(', ');
  return (
    <li className="silent-row">
      <div>
        <strong>{recipient.name}</strong>
        {recipient.lan && <span className="muted small"> · {recipient.lan}</span>}
        <div className="small">
          {[recipient.mobile, recipient.email].filter(Boolean).join(' · ') || 'no contact details'}
          {how && <span className="muted"> — {how}</span>}
        </div>
      </div>
      {done ? (
        <p role="status" className="small ok-text">
          ✓ Acknowledgement recorded
        </p>
      ) : open ? (
        <form onSubmit={save} className="row">
          <label className="field">
            <span>How it was confirmed</span>
            <input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={500}
              placeholder="e.g. confirmed by phone"
            />
          </label>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
            {busy ? 'Recording…' : 'Save acknowledgement'}
          </button>
          <button type="button" onClick={() => setOpen(false)} disabled={busy}>
            Cancel
          </button>
          <ProblemAlert error={error} />
        </form>
      ) : (
        <button
          type="button"
          onClick={() => setOpen(true)}
          aria-label={`Record acknowledgement for ${recipient.name}`}
        >
          Record acknowledgement
        </button>
      )}
    </li>
  );
}
