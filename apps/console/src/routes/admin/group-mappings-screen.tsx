import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { ROLES } from '@cordon/contracts';
import type { GroupMappingView, Role } from '../../api/types';
import { api, call } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { Field, fieldError, otherError, uniqueError } from '../../ui/field';
import { ROLE_WORDS } from './admin-format';
import { namesById, useDepartments } from './admin-queries';

const KEY = ['group-mappings'];

/**
 * Which of the provider's (or directory's) groups give which role and department at
 * single sign-on. A user in several mapped groups holds all their roles; the department
 * is the most privileged matched mapping's (docs/sso.md).
 */
export function GroupMappingsScreen() {
  const qc = useQueryClient();
  const mappings = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<{ items: GroupMappingView[] }>('auth/group-mappings'),
  });
  const departments = useDepartments();
  const names = namesById(departments.data?.items);
  const remove = useMutation({
    mutationFn: (id: string) => call<void>('DELETE', `auth/group-mappings/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
  const rows = mappings.data?.items ?? [];
  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">Single sign-on groups</h2>
      <p className="muted">
        Members of a group get its role at their next sign-in; someone in no mapped group is
        refused.
      </p>
      <div className="admin-split">
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Group mappings">
          {mappings.isPending && <p>Loading mappings…</p>}
          <ProblemAlert error={mappings.error ?? remove.error} />
          {mappings.data && (
            <table className="cards">
              <caption className="muted small">{rows.length} mappings</caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Role</th>
                  <th scope="col">Department</th>
                  <th scope="col">Remove</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={m.id} data-testid={`mapping-${m.group}`}>
                    <td data-label="Group">{m.group}</td>
                    <td data-label="Role">{ROLE_WORDS[m.role]}</td>
                    <td data-label="Department">
                      {m.departmentId ? (names.get(m.departmentId) ?? '…') : 'Central'}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => remove.mutate(m.id)}
                        disabled={remove.isPending}
                        aria-label={`Remove ${m.group} → ${ROLE_WORDS[m.role]}`}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <AddMapping departments={names} />
      </div>
    </section>
  );
}

function AddMapping({ departments }: { departments: Map<string, string> }) {
  const qc = useQueryClient();
  const empty = { group: '', role: 'itu' as Role, departmentId: '' };
  const [form, setForm] = useState(empty);
  const add = useMutation({
    mutationFn: () =>
      api.post<GroupMappingView>('auth/group-mappings', {
        group: form.group.trim(),
        role: form.role,
        ...(form.departmentId ? { departmentId: form.departmentId } : {}),
      }),
    onSuccess: () => {
      setForm(empty);
      void qc.invalidateQueries({ queryKey: KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="add-mapping">
      <h3 id="add-mapping">Map a group</h3>
      <Field
        label="Group"
        error={uniqueError(add.error, 'group')}
        hint="As the provider sends it (Entra ID: the group's object id)"
      >
        {(c) => (
          <input
            {...c}
            value={form.group}
            onChange={(e) => setForm({ ...form, group: e.target.value })}
            required
            autoComplete="off"
          />
        )}
      </Field>
      <Field label="Role" error={fieldError(add.error, 'role')}>
        {(c) => (
          <select
            {...c}
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_WORDS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Department"
        error={fieldError(add.error, 'departmentId')}
        hint="Needed for a department IT unit"
      >
        {(c) => (
          <select
            {...c}
            value={form.departmentId}
            onChange={(e) => setForm({ ...form, departmentId: e.target.value })}
          >
            <option value="">None (central)</option>
            {[...departments]
              .sort((a, b) => a[1].localeCompare(b[1]))
              .map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
          </select>
        )}
      </Field>
      <ProblemAlert error={otherError(add.error, ['group', 'role', 'departmentId'], 'group')} />
      <div className="actions">
        <button type="submit" className="primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add mapping'}
        </button>
      </div>
    </form>
  );
}
