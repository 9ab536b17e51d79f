import { describeProblem } from '../../api/problem';
import { when } from '../../ui/time';
import { answeredWords, sendingWords } from './warp-words';
import { useWarpSendings } from './warp-queries';

/** Every summary sent for this incident, newest first: when, by whom, how, what it answered. */
export function WarpHistory({ incidentId }: { incidentId: string }) {
  const sendings = useWarpSendings(incidentId);
  return (
    <section className="card" aria-labelledby="warp-history-title">
      <h2 id="warp-history-title">Sent so far</h2>
      {sendings.isPending && <p role="status">Loading the sendings…</p>}
      {sendings.isError && (
        <p className="alert alert-error" role="alert">
          {describeProblem(sendings.error)}
        </p>
      )}
      {sendings.data?.length === 0 && (
        <p className="muted">No summary has been sent to the WARP for this incident yet.</p>
      )}
      {!!sendings.data?.length && (
        <ol className="warp-history">
          {sendings.data.map((s) => (
            <li key={s.sendingId}>
              <div className="spread">
                <strong>{when(s.at)}</strong>
                <span className="muted small">by {s.sentBy.name}</span>
              </div>
              <p>
                {sendingWords(s)}
                {s.departmentNames ? '; departments named' : ''}
                {s.withNarrative ? '; with your words' : ''}.
              </p>
              <p className="muted small">
                Answered: {answeredWords(s.answers)} · fingerprint{' '}
                <code title={`sha256 ${s.hash}`}>{s.hash.slice(0, 12)}</code>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
