import type { BroadcastView } from '../../api/types';
import { Link } from 'react-router';
import { when } from '../../ui/time';
import { listedSubject } from '../../ui/subject';
import { formatCount, KIND_WORDS, STATUS_WORDS } from './compose';

interface Props {
  broadcasts: BroadcastView[] | undefined;
  selectedId: string | null;
  hasMore: boolean;
  onMore: () => void;
}

/** The incident's earlier broadcasts and notices, newest first; each opens its progress. */
export function EarlierBroadcasts({ broadcasts, selectedId, hasMore, onMore }: Props) {
  return (
    <section aria-labelledby="earlier-title" className="earlier">
      <h2 id="earlier-title">Earlier broadcasts</h2>
      {!broadcasts && <p aria-busy="true">Loading…</p>}
      {broadcasts?.length === 0 && (
        <p className="muted">Nothing has been sent for this incident yet.</p>
      )}
      <ul className="plain earlier-list">
        {broadcasts?.map((b) => (
          <li key={b.id} className={b.id === selectedId ? 'selected' : undefined}>
            <Link to={`?b=${b.id}`} aria-current={b.id === selectedId ? 'true' : undefined}>
              {listedSubject(b.subject)}
            </Link>
            <div className="muted small">
              {KIND_WORDS[b.kind] ?? b.kind} · {when(b.createdAt)} · {STATUS_WORDS[b.status]} ·{' '}
              {formatCount(b.totals.recipients)} {b.totals.recipients === 1 ? 'person' : 'people'}
              {b.requireAck && ` · ${formatCount(b.totals.acknowledged)} acknowledged`}
              {b.totals.failed > 0 && ` · ${formatCount(b.totals.failed)} failed`}
            </div>
          </li>
        ))}
      </ul>
      {hasMore && (
        <button type="button" onClick={onMore}>
          Show older
        </button>
      )}
    </section>
  );
}
