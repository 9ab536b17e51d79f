import { FormEvent, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DetectionView, Page } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem, describeProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { ago } from '../../ui/time';
import { Field } from '../../ui/field';
import { useNow } from '../../ui/use-now';
import { useAllLans } from './directory-queries';
import { incidentKeys } from './keys';
import './panels.css';

/** The incident's detections, newest first (read again on `detection.*` and device events). */
export function useDetections(incidentId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: incidentKeys.detections(incidentId),
    queryFn: () => api.get<Page<DetectionView>>('detections', { incidentId, limit: 500 }),
  });
}

const DONE_WORDS: Record<DetectionView['action'], string> = {
  isolated: 'Isolated from the network; a cleanup task went to its department',
  marked_infected: 'Marked infected; its LAN stays shut until it is clean',
};

/**
 * Hosts seen scanning and what Cordon did (isolated on a reopened LAN, otherwise marked
 * infected), newest first; command staff record one by host name or address.
 */
export function DetectionsPanel({ incidentId }: { incidentId: string }) {
  const { can } = useSession();
  // the api lists detections to owners and command staff only
  const mayRead = can('owner', 'command');
  const detections = useDetections(incidentId, mayRead);
  const lans = useAllLans(mayRead);
  const now = useNow(60_000);
  const [recording, setRecording] = useState(false);
  const items = detections.data?.items ?? [];
  const lanCode = new Map((lans.data?.items ?? []).map((l) => [l.id, l.code]));
  const isolated = items.filter((d) => d.action === 'isolated').length;
  const infected = items.length - isolated;
  const mayRecord = can('command');
  if (!mayRead) return null;
  return (
    <section className="card detections-panel" aria-labelledby="detections-title">
      <div className="spread">
        <h2 id="detections-title">Detections</h2>
        {mayRecord && !recording && (
          <button type="button" onClick={() => setRecording(true)}>
            Record a detection
          </button>
        )}
      </div>
      {recording && (
        <DetectionForm
          incidentId={incidentId}
          signature={items[0]?.signature ?? ''}
          onDone={() => setRecording(false)}
        />
      )}
      {detections.isPending && <p role="status">Loading detections…</p>}
      {detections.isError && (
        <p className="alert alert-error" role="alert">
          {describeProblem(detections.error)}
        </p>
      )}
      {detections.isSuccess && items.length === 0 && (
        <p className="muted">No machine detected on this incident&rsquo;s LANs yet.</p>
      )}
      {items.length > 0 && (
        <p>
          <strong>{isolated}</strong> isolated, <strong>{infected}</strong> marked infected
          {detections.data?.nextCursor ? ' (the newest 500)' : ''}.
        </p>
      )}
      <ul className="detection-list">
        {items.map((d) => (
          <li
            key={d.id}
            className={`detection detection-${d.action}`}
            data-testid={`detection-${d.hostname}`}
          >
            <div className="spread">
              <strong>{d.hostname}</strong>
              <span className="muted small">
                {lanCode.get(d.lanId) ?? 'LAN unknown'} · {ago(d.at, now)}
              </span>
            </div>
            <p className="detection-done">
              <span
                className={`badge ${d.action === 'isolated' ? 'badge-isolated' : 'badge-infected'}`}
              >
                {d.action === 'isolated' ? 'Isolated' : 'Infected'}
              </span>{' '}
              {DONE_WORDS[d.action]}
            </p>
            <p className="muted small">
              {d.signature} · from {d.source}
              {d.ip ? ` · ${d.ip}` : ''}
              {d.unknownDevice ? ' · not in the inventory (recorded as an unknown machine)' : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DetectionForm(props: { incidentId: string; signature: string; onDone: () => void }) {
  const qc = useQueryClient();
  const [host, setHost] = useState('');
  const [signature, setSignature] = useState(props.signature);
  const [source, setSource] = useState('Command desk');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<DetectionView | null>(null);
  const problem = error instanceof ApiProblem ? error : null;
  const hostError = problem?.field('hostname') ?? problem?.field('ip');
  const signatureError = problem?.field('signature');
  const sourceError = problem?.field('source');
  const other = !!error && !hostError && !signatureError && !sourceError;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    const value = host.trim();
    const byIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(value);
    try {
      const view = await api.post<DetectionView>('detections', {
        ...(byIp ? { ip: value } : { hostname: value }),
        signature: signature.trim(),
        source: source.trim(),
      });
      setResult(view);
      setHost('');
      void qc.invalidateQueries({
        queryKey: incidentKeys.detections(props.incidentId),
        exact: true,
      });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="detection-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="detection-form-title"
    >
      <h3 id="detection-form-title">Record a detection</h3>
      <Field label="Host name or IP address" error={hostError}>
        {(c) => (
          <input
            {...c}
            value={host}
            onChange={(e) => setHost(e.target.value)}
            required
            autoComplete="off"
            placeholder="SOC-PC-0042 or 10.20.1.17"
          />
        )}
      </Field>
      <Field label="Signature" error={signatureError}>
        {(c) => (
          <input
            {...c}
            value={signature}
            onChange={(e) => setSignature(e.target.value)}
            required
            placeholder="W32.Welchia.Worm: TCP 135 scan"
          />
        )}
      </Field>
      <Field label="Seen by" error={sourceError}>
        {(c) => (
          <input {...c} value={source} onChange={(e) => setSource(e.target.value)} required />
        )}
      </Field>
      {other && (
        <p className="alert alert-error" role="alert">
          {describeProblem(error)}
        </p>
      )}
      {result && (
        <p className="alert alert-ok" role="status">
          {result.hostname}:{' '}
          {result.action === 'isolated'
            ? 'isolated, and a task went to its department'
            : 'marked infected'}
          {result.incidentId === props.incidentId
            ? '.'
            : result.incidentId
              ? ' — on a LAN of another incident.'
              : ' — its LAN is in no open incident’s plan, so it is recorded outside this incident.'}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={props.onDone} disabled={busy}>
          Close
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record detection'}
        </button>
      </div>
    </form>
  );
}
