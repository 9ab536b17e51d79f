import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import type { DepartmentView, SiteView } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { adminKeys, useDepartments, useSites } from './admin-queries';
import { Field, fieldError, otherError, uniqueError } from '../../ui/field';

const WORDS = {
  departments: { title: 'Departments', one: 'department', code: 'SOC', name: 'Social Services' },
  sites: { title: 'Sites', one: 'site', code: 'HALL', name: 'Civic Hall' },
} as const;

type Row = DepartmentView & Partial<Pick<SiteView, 'address'>>;

/** Departments or sites: the list and a form to add one ({code, name}, and an address for a site). */
export function CodeNameScreen({ kind }: { kind: 'departments' | 'sites' }) {
  const words = WORDS[kind];
  const departments = useDepartments();
  const sites = useSites();
  const list = kind === 'departments' ? departments : sites;
  const rows: Row[] = list.data?.items ?? [];
  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">{words.title}</h2>
      <div className="admin-split">
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`List of ${kind}`}>
          {list.isPending && <p>Loading {words.title.toLowerCase()}…</p>}
          <ProblemAlert error={list.error} />
          {list.data && (
            <table>
              <caption className="muted small">
                {rows.length} {rows.length === 1 ? words.one : kind}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Name</th>
                  {kind === 'sites' && <th scope="col">Address</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-testid={`${words.one}-${r.code}`}>
                    <td>{r.code}</td>
                    <td>{r.name}</td>
                    {kind === 'sites' && <td>{r.address ?? '—'}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <CreateForm kind={kind} />
      </div>
    </section>
  );
}

function CreateForm({ kind }: { kind: 'departments' | 'sites' }) {
  const words = WORDS[kind];
  const qc = useQueryClient();
  const empty = { code: '', name: '', address: '' };
  const [form, setForm] = useState(empty);
  const [made, setMade] = useState<DepartmentView | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api.post<DepartmentView>(kind, {
        code: form.code.trim(),
        name: form.name.trim(),
        ...(kind === 'sites' && form.address.trim() ? { address: form.address.trim() } : {}),
      }),
    onSuccess: (row) => {
      setMade(row);
      setForm(empty);
      void qc.invalidateQueries({
        queryKey: kind === 'departments' ? adminKeys.departments : ['sites'],
      });
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
  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-title">
      <h3 id="create-title">Add a {words.one}</h3>
      <Field
        label="Code"
        error={uniqueError(create.error, 'code')}
        hint="Short, unique, capitals and digits"
      >
        {(c) => (
          <input
            {...c}
            value={form.code}
            onChange={set('code')}
            placeholder={words.code}
            required
          />
        )}
      </Field>
      <Field label="Name" error={err('name')}>
        {(c) => (
          <input
            {...c}
            value={form.name}
            onChange={set('name')}
            placeholder={words.name}
            required
          />
        )}
      </Field>
      {kind === 'sites' && (
        <Field label="Address (optional)" error={err('address')}>
          {(c) => <input {...c} value={form.address} onChange={set('address')} />}
        </Field>
      )}
      <ProblemAlert error={otherError(create.error, ['code', 'name', 'address'], 'code')} />
      {made && (
        <p className="alert alert-ok" role="status">
          Added {words.one} {made.code} · {made.name}.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : `Add ${words.one}`}
        </button>
      </div>
    </form>
  );
}
