import { RefObject, useState } from 'react';
import type { ReopenBlockedProblem, ReopenBlocker } from '../../api/types';
import { api } from '../../api/client';
import { Confirm } from '../../ui/confirm';
import { blockerSummary, stateWords } from './lan-board';

const FIRST = 10;

interface Props {
  incidentId: string;
  lanCode: string;
  refusal: ReopenBlockedProblem;
  canAct: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onOutcome: (text: string) => void;
}

/** The reopen gate's refusal: the machines holding the LAN shut and why, each with the owner's waiver. */
export function ReopenBlockers({
  incidentId,
  lanCode,
  refusal,
  canAct,
  headingRef,
  onOutcome,
}: Props) {
  const [waived, setWaived] = useState<Set<string>>(new Set());
  const [all, setAll] = useState(false);
  const [waiving, setWaiving] = useState<ReopenBlocker | null>(null);
  const left = refusal.blockers.filter((b) => !waived.has(b.deviceId));
  const shown = all ? left : left.slice(0, FIRST);
  return (
    <section className="blockers" aria-labelledby={`blockers-${lanCode}`}>
      <h5 id={`blockers-${lanCode}`} ref={headingRef} tabIndex={-1}>
        Why {lanCode} cannot reopen
      </h5>
      {left.length === 0 ? (
        <p className="alert alert-ok">
          Nothing listed holds {lanCode} shut now: press Reopen again.
        </p>
      ) : (
        <p>
          {refusal.blockers.length} machine{refusal.blockers.length === 1 ? '' : 's'} held it shut:{' '}
          {blockerSummary(refusal.counts)}.{waived.size > 0 && ` ${waived.size} waived since.`}{' '}
          Finish or waive them, then press Reopen again.
        </p>
      )}
      <ul className="blocker-list">
        {shown.map((b) => (
          <li key={b.deviceId} data-testid={`blocker-${b.hostname}`}>
            <div>
              <strong>{b.hostname}</strong>
              <div
                className={
                  b.state === 'infected' || b.state === 'isolated' ? 'blocker-why-bad' : 'muted'
                }
              >
                {b.why}
              </div>
            </div>
            {canAct && (
              <button type="button" onClick={() => setWaiving(b)}>
                Waive<span className="visually-hidden"> {b.hostname}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {left.length > FIRST && (
        <button type="button" className="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? `Show the first ${FIRST} only` : `Show all ${left.length}`}
        </button>
      )}
      {waiving && (
        <Confirm
          title={`Waive ${waiving.hostname}?`}
          reason="required"
          confirmLabel="Waive"
          onClose={() => setWaiving(null)}
          onConfirm={async (reason) => {
            await api.post(`incidents/${incidentId}/devices/${waiving.deviceId}/waive`, { reason });
            setWaived((s) => new Set(s).add(waiving.deviceId));
            onOutcome(`${waiving.hostname} waived: it no longer holds ${lanCode} shut.`);
          }}
        >
          <p>
            {waiving.hostname} ({stateWords(waiving.state)}) will no longer hold {lanCode} shut. Say
            why, e.g. "unplugged for good": the reason is kept in the timeline.
          </p>
        </Confirm>
      )}
    </section>
  );
}
