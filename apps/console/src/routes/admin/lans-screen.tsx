import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import type { LanView } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { namesById, useDepartments, useLans, useSites } from './admin-queries';
import { Field, fieldError, otherError, uniqueError } from '../../ui/field';

/** LANs by site and department, and a form to add one. */
export function LansScreen() {
  const lans = useLans();
  const sites = namesById(useSites().data?.items);
  const departments = namesById(useDepartments().data?.items);
  const rows = [...(lans.data?.items ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">LANs</h2>
      <div className="admin-split">
        <div className="table-wrap" tabIndex={0} role="region" aria-label="List of LANs">
          {lans.isPending && <p>Loading LANs…</p>}
          <ProblemAlert error={lans.error} />
          {lans.data && (
            <table className="cards">
              <caption className="muted small">{rows.length} LANs</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Name</th>
                  <th scope="col">Site</th>
                  <th scope="col">Department</th>
                  <th scope="col">Address range</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((l) => (
                  <tr key={l.id} data-testid={`lan-${l.code}`}>
                    <td className="nowrap" data-label="Code">
                      {l.code}
                    </td>
                    <td data-label="Name">{l.name}</td>
                    <td data-label="Site">{sites.get(l.siteId) ?? '…'}</td>
                    <td data-label="Department">{departments.get(l.departmentId) ?? '…'}</td>
                    <td data-label="Address range">{l.cidr ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <CreateLan sites={sites} departments={departments} />
      </div>
    </section>
  );
}

function CreateLan({
  sites,
  departments,
}: {
  sites: Map<string, string>;
  departments: Map<string, string>;
}) {
  const qc = useQueryClient();
  const empty = { code: '', name: '', siteId: '', departmentId: '', cidr: '' };
  const [form, setForm] = useState(empty);
  const [made, setMade] = useState<LanView | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api.post<LanView>('lans', {
        code: form.code.trim(),
        name: form.name.trim(),
        siteId: form.siteId || undefined,
        departmentId: form.departmentId || undefined,
        ...(form.cidr.trim() ? { cidr: form.cidr.trim() } : {}),
      }),
    onSuccess: (lan) => {
      setMade(lan);
      setForm(empty);
      void qc.invalidateQueries({ queryKey: ['lans'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMade(null);
    create.mutate();
  };
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const err = (f: string) => fieldError(create.error, f);
  const options = (names: Map<string, string>) =>
    [...names]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([id, label]) => (
        <option key={id} value={id}>
          {label}
        </option>
      ));
  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-lan">
      <h3 id="create-lan">Add a LAN</h3>
      <Field
        label="Code"
        error={uniqueError(create.error, 'code')}
        hint="e.g. SOC-HALL: department, then site"
      >
        {(c) => <input {...c} value={form.code} onChange={set('code')} required />}
      </Field>
      <Field label="Name" error={err('name')}>
        {(c) => (
          <input
            {...c}
            value={form.name}
            onChange={set('name')}
            placeholder="Social Services, Civic Hall"
            required
          />
        )}
      </Field>
      <Field label="Site" error={err('siteId')}>
        {(c) => (
          <select {...c} value={form.siteId} onChange={set('siteId')} required>
            <option value="">Choose a site</option>
            {options(sites)}
          </select>
        )}
      </Field>
      <Field label="Department" error={err('departmentId')}>
        {(c) => (
          <select {...c} value={form.departmentId} onChange={set('departmentId')} required>
            <option value="">Choose a department</option>
            {options(departments)}
          </select>
        )}
      </Field>
      <Field label="Address range (optional)" error={err('cidr')} hint="CIDR, e.g. 10.20.1.0/24">
        {(c) => <input {...c} value={form.cidr} onChange={set('cidr')} />}
      </Field>
      <ProblemAlert
        error={otherError(create.error, ['code', 'name', 'siteId', 'departmentId', 'cidr'], 'code')}
      />
      {made && (
        <p className="alert alert-ok" role="status">
          Added LAN {made.code} · {made.name}.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add LAN'}
        </button>
      </div>
    </form>
  );
}
