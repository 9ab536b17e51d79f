import { useQueries } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { BroadcastAudience, DepartmentView, LanView, Page, SiteView } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';

interface Props {
  value: BroadcastAudience;
  onChange: (next: BroadcastAudience) => void;
  error?: string;
}

type Key = 'departmentIds' | 'siteIds' | 'lanIds';

/** Who hears it: all staff, or departments, sites and LANs (anyone in any of them). */
export function AudiencePicker({ value, onChange, error }: Props) {
  const id = useId();
  const [lanFilter, setLanFilter] = useState('');
  const [departments, sites, lans] = useQueries({
    queries: [
      {
        queryKey: ['departments'],
        queryFn: () => api.get<Page<DepartmentView>>('departments', { limit: 500 }),
        staleTime: 600_000,
      },
      {
        queryKey: ['sites'],
        queryFn: () => api.get<Page<SiteView>>('sites', { limit: 500 }),
        staleTime: 600_000,
      },
      {
        queryKey: ['lans'],
        queryFn: () => api.get<Page<LanView>>('lans', { limit: 500 }),
        staleTime: 600_000,
      },
    ],
  });
  const toggle = (key: Key, itemId: string, on: boolean) => {
    const current = value[key] ?? [];
    onChange({ ...value, [key]: on ? [...current, itemId] : current.filter((x) => x !== itemId) });
  };
  const chosen = (key: Key, itemId: string) => (value[key] ?? []).includes(itemId);
  const siteCode = new Map((sites.data?.items ?? []).map((s) => [s.id, s.code]));
  const shownLans = (lans.data?.items ?? []).filter((l) =>
    `${l.code} ${l.name}`.toLowerCase().includes(lanFilter.trim().toLowerCase()),
  );
  const group = (key: Key, legend: string, items: { id: string; label: string }[]) => (
    <fieldset className="audience-group">
      <legend>
        {legend} <span className="muted small">({(value[key] ?? []).length} chosen)</span>
      </legend>
      {key === 'lanIds' && (
        <label className="field small">
          <span>Find a LAN</span>
          <input
            type="search"
            value={lanFilter}
            onChange={(e) => setLanFilter(e.target.value)}
            placeholder="code or name"
          />
        </label>
      )}
      <div
        className="audience-options"
        tabIndex={0}
        role="group"
        aria-label={`${legend} to choose`}
      >
        {items.map((item) => (
          <label key={item.id} className="check">
            <input
              type="checkbox"
              checked={chosen(key, item.id)}
              onChange={(e) => toggle(key, item.id, e.target.checked)}
            />
            {item.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <fieldset
      className="audience"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>Audience</legend>
      <label className="check audience-all">
        <input
          type="checkbox"
          checked={!!value.all}
          onChange={(e) => onChange({ ...value, all: e.target.checked })}
        />
        All staff
      </label>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {[departments, sites, lans].map((q, n) => (
        <ProblemAlert key={n} error={q.error} />
      ))}
      {value.all ? (
        <p className="muted small">
          Everyone on the staff list. Untick “All staff” to choose departments, sites or LANs.
        </p>
      ) : (
        <div className="audience-groups">
          {group(
            'departmentIds',
            'Departments',
            (departments.data?.items ?? []).map((d) => ({
              id: d.id,
              label: `${d.code} · ${d.name}`,
            })),
          )}
          {group(
            'siteIds',
            'Sites',
            (sites.data?.items ?? []).map((s) => ({ id: s.id, label: `${s.code} · ${s.name}` })),
          )}
          {group(
            'lanIds',
            'LANs',
            shownLans.map((l) => ({
              id: l.id,
              label: `${l.code} · ${l.name}${siteCode.get(l.siteId) ? ` (${siteCode.get(l.siteId)})` : ''}`,
            })),
          )}
        </div>
      )}
    </fieldset>
  );
}
