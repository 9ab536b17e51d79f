import { useQuery } from '@tanstack/react-query';
import type {
  BroadcastPreview,
  BroadcastView,
  Page,
  UnreachableRecipientView,
} from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { formatCount } from './compose';

const LIST_LIMIT = 100;

const REASON_WORDS: Record<string, string> = {
  no_mobile: 'no mobile number',
  invalid_mobile: 'mobile number not valid',
  no_sms_consent: 'no consent to SMS',
};

const phaseWords = (phase: string | null) =>
  phase === 'shut_down' ? 'shut down' : (phase ?? '').replace(/_/g, ' ');

function PeopleList({ people }: { people: UnreachableRecipientView[] }) {
  return (
    <ul className="plain unreachable-list">
      {people.map((u) => (
        <li key={u.recipientId}>
          <strong>{u.name}</strong>
          <span className="muted small">
            {' '}
            · {u.lan ?? 'no LAN'}
            {u.phase ? ` (${phaseWords(u.phase)})` : ''} · {REASON_WORDS[u.reason] ?? u.reason}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The preview's parts of the audience: which channel each part gets and why (staff of a
 * LAN shut down or being cleaned get SMS, not email), and who on a closed LAN nothing
 * reaches, by name, before anything is sent.
 */
export function RouteParts({ preview }: { preview: BroadcastPreview }) {
  if (preview.routes.length === 0) return null;
  const { unreachable } = preview;
  return (
    <div className="route-parts">
      <h3 className="small">Who gets what</h3>
      <ul className="plain">
        {preview.routes.map((r) => (
          <li
            key={`${r.gets}-${r.lan?.code ?? ''}`}
            className={r.unreachable ? 'route-unreachable' : undefined}
          >
            {r.unreachable ? '⚠ ' : ''}
            {r.text}
          </li>
        ))}
      </ul>
      {unreachable.count > 0 && (
        <details className="unreachable-preview">
          <summary>
            {formatCount(unreachable.count)} unreachable on a closed LAN: who they are
          </summary>
          <PeopleList people={unreachable.people} />
          {unreachable.count > unreachable.people.length && (
            <p className="muted small">The first {unreachable.people.length} are listed.</p>
          )}
          <p className="muted small">Their department&apos;s ITU is told when you send.</p>
        </details>
      )}
    </div>
  );
}

/** After sending: the people on a closed LAN no SMS reached (their ITU was told). */
export function UnreachableRecipients({ broadcast }: { broadcast: BroadcastView }) {
  const list = useQuery({
    queryKey: ['broadcast', broadcast.id, 'unreachable'],
    queryFn: () =>
      api.get<Page<UnreachableRecipientView>>(`broadcasts/${broadcast.id}/unreachable`, {
        limit: LIST_LIMIT,
      }),
    enabled: broadcast.unreachable > 0,
  });
  if (broadcast.unreachable === 0) return null;
  return (
    <section aria-labelledby={`unreachable-${broadcast.id}`}>
      <h3 id={`unreachable-${broadcast.id}`}>Unreachable ({formatCount(broadcast.unreachable)})</h3>
      <p className="small">
        On a closed LAN with no mobile or SMS consent: nothing reached them. Their department&apos;s
        ITU has been told.
      </p>
      <ProblemAlert error={list.error} />
      {list.data && <PeopleList people={list.data.items} />}
      {list.data?.nextCursor && <p className="muted small">The first {LIST_LIMIT} are listed.</p>}
    </section>
  );
}
