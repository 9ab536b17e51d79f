import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { DirectorySyncReport, DirectorySyncStatus } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { useDepartments } from './admin-queries';
import { changeWords, scheduleWords, syncSummary } from './directory-sync-format';
import { rolesWords } from './admin-format';

const statusKey = ['directory-sync'] as const;

/**
 * Staff from Active Directory / LDAP (admin): where they come from and when, a dry run
 * that shows what would change, a sync now, and the report as the CSV import shows its
 * own: counts, then what was created, updated (which fields), rejected (the DN and why),
 * the leavers marked inactive, and users whose groups gave them new roles.
 */
export function DirectorySyncScreen() {
  const qc = useQueryClient();
  const status = useQuery({
    queryKey: statusKey,
    queryFn: () => api.get<DirectorySyncStatus>('directory/sync'),
  });
  const departments = useDepartments();
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      api.post<DirectorySyncReport>(`directory/sync?dryRun=${dryRun}`),
    onSuccess: (report) => {
      if (report.dryRun) return;
      void qc.invalidateQueries({ queryKey: statusKey });
      void qc.invalidateQueries({ queryKey: ['staff'] });
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const result = run.data;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);
  const s = status.data;
  const departmentName = (id: string | null) =>
    id ? (departments.data?.items.find((d) => d.id === id)?.name ?? id) : 'no department';

  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">Directory sync</h2>
      <p>
        Staff come from Active Directory (or any LDAP directory): name, mail, mobile, department and
        office. People who leave the directory are marked inactive, never deleted. Run a dry run
        first to see what would change.
      </p>
      <ProblemAlert error={status.error} />
      {s && (
        <dl className="card sync-status">
          <dt>Directory</dt>
          <dd>{s.configured ? `${s.url} — ${s.baseDn}` : 'Not configured (set LDAP_URL)'}</dd>
          <dt>Schedule</dt>
          <dd>{scheduleWords(s)}</dd>
          <dt>Last sync</dt>
          <dd>
            {s.last
              ? `${new Date(s.last.at).toLocaleString('en-GB')}: ${s.last.created} created, ${s.last.updated} updated, ${s.last.rejected} rejected, ${s.last.leavers} leavers`
              : 'none yet'}
          </dd>
        </dl>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={run.isPending || !s?.configured}
          onClick={() => run.mutate(true)}
        >
          {run.isPending && run.variables === true ? 'Reading the directory…' : 'Dry run'}
        </button>
        <button
          type="button"
          className="primary"
          disabled={run.isPending || !s?.configured}
          onClick={() => run.mutate(false)}
        >
          {run.isPending && run.variables === false ? 'Syncing…' : 'Sync now'}
        </button>
      </div>
      <ProblemAlert error={run.error} />
      {result && (
        <section className="card" aria-labelledby="sync-report">
          <h3 id="sync-report" ref={heading} tabIndex={-1}>
            {syncSummary(result)}
          </h3>
          <div className="import-counts" role="status">
            <span>
              <strong>{result.entries}</strong> entries read
            </span>
            <span>
              <strong>{result.created.length}</strong> created
            </span>
            <span>
              <strong>{result.updated.length}</strong> updated
            </span>
            <span>
              <strong>{result.unchanged}</strong> unchanged
            </span>
            <span>
              <strong>{result.rejected.length}</strong> rejected
            </span>
            <span>
              <strong>{result.leavers.length}</strong> leavers
            </span>
          </div>
          <ReportTable
            label="Rejected entries: correct them in the directory; the rest was synced"
            testId="sync-rejected"
            columns={['Entry (DN)', 'Why it was rejected']}
            rows={result.rejected.map((r) => [r.dn, r.reason])}
          />
          <ReportTable
            label="Updated: what changed"
            testId="sync-updated"
            columns={['Name', 'Email', 'What changed']}
            rows={result.updated.map((u) => [u.name, u.email, changeWords(u.changes)])}
          />
          <ReportTable
            label="Leavers: no longer in the directory, marked inactive (not deleted)"
            testId="sync-leavers"
            columns={['Name', 'Email', 'Last seen as']}
            rows={result.leavers.map((l) => [l.name, l.email, l.dn ?? ''])}
          />
          <ReportTable
            label="Created"
            testId="sync-created"
            columns={['Name', 'Email', 'Entry (DN)']}
            rows={result.created.map((c) => [c.name, c.email, c.dn])}
          />
          <ReportTable
            label="Users whose directory groups give them new roles"
            testId="sync-access"
            columns={['User', 'Before', 'After', 'From the groups']}
            rows={result.access.map((a) => [
              a.email,
              `${rolesWords(a.before.roles)} (${departmentName(a.before.departmentId)})`,
              `${rolesWords(a.after.roles)} (${departmentName(a.after.departmentId)})`,
              a.groups.join('; '),
            ])}
          />
        </section>
      )}
    </section>
  );
}

/** One list of the report as a table, or nothing when it is empty (long lists scroll). */
function ReportTable(props: {
  label: string;
  testId: string;
  columns: string[];
  rows: string[][];
}) {
  if (props.rows.length === 0) return null;
  return (
    <div
      className="table-wrap sync-table"
      tabIndex={0}
      role="region"
      aria-label={props.label}
      data-testid={props.testId}
    >
      <table>
        <caption className="muted small">
          {props.label} ({props.rows.length})
        </caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
