import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  ContactGapView,
  ContactReadinessGroup,
  ContactReadinessView,
  Page,
} from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { formatCount } from './compose';

const GAP_WORDS: Record<string, string> = {
  no_mobile: 'no mobile number',
  invalid_mobile: 'mobile number not valid',
  no_sms_consent: 'no consent to SMS',
};

const percent = (share: number) => `${Math.round(share * 100)} %`;

function ReadinessTable({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: ContactReadinessGroup[];
}) {
  return (
    <table className="readiness-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Staff</th>
          <th scope="col">Email</th>
          <th scope="col">SMS</th>
          <th scope="col">Both</th>
          <th scope="col">No mobile</th>
          <th scope="col">No consent</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id ?? 'none'}>
            <th scope="row">{r.code ? `${r.code} · ${r.name}` : r.name}</th>
            <td>{formatCount(r.staff)}</td>
            <td>{percent(r.shares.email)}</td>
            <td>{percent(r.shares.sms)}</td>
            <td>{percent(r.shares.both)}</td>
            <td>{formatCount(r.noMobile + r.invalidMobile)}</td>
            <td>{formatCount(r.noConsent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Contact readiness, on the desk before a LAN is shut down: the share of staff each
 * channel reaches per department and site, and who SMS does not reach (staff of a
 * closed LAN are reached by SMS only). Asked of the api when opened.
 */
export function ContactReadinessPanel() {
  const [open, setOpen] = useState(false);
  const readiness = useQuery({
    queryKey: ['contact-readiness'],
    queryFn: () => api.get<ContactReadinessView>('directory/contact-readiness'),
    enabled: open,
  });
  const gaps = useQuery({
    queryKey: ['contact-readiness', 'gaps'],
    queryFn: () => api.get<Page<ContactGapView>>('directory/contact-readiness/gaps', { limit: 50 }),
    enabled: open,
  });
  const r = readiness.data;
  return (
    <details
      className="card readiness"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        <h2 className="inline">Contact readiness</h2>{' '}
        <span className="muted small">who each channel reaches, and who SMS cannot</span>
      </summary>
      <ProblemAlert error={readiness.error ?? gaps.error} />
      {open && readiness.isPending && <p aria-busy="true">Counting contacts…</p>}
      {r && (
        <>
          <p>
            Of {formatCount(r.overall.staff)} staff, email reaches{' '}
            <strong>{percent(r.overall.shares.email)}</strong>, SMS{' '}
            <strong>{percent(r.overall.shares.sms)}</strong> (a mobile and consent), both{' '}
            <strong>{percent(r.overall.shares.both)}</strong>. On a closed LAN only SMS reaches
            people.
          </p>
          <ReadinessTable caption="By department" first="Department" rows={r.departments} />
          <ReadinessTable caption="By site" first="Site" rows={r.sites} />
        </>
      )}
      {gaps.data && gaps.data.items.length > 0 && (
        <>
          <h3>Without SMS</h3>
          <ul className="plain unreachable-list">
            {gaps.data.items.map((g) => (
              <li key={g.staffId}>
                <strong>{g.name}</strong>
                <span className="muted small">
                  {' '}
                  · {g.lanCode ?? 'no LAN'} · {GAP_WORDS[g.gap] ?? g.gap}
                </span>
              </li>
            ))}
          </ul>
          {gaps.data.nextCursor && <p className="muted small">The first 50 are listed.</p>}
        </>
      )}
    </details>
  );
}
