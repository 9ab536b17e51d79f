import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { ROLES } from '@cordon/contracts';
import type { Role, UserView } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { ROLE_WORDS, rolesWords, userFormProblem } from './admin-format';
import { namesById, useDepartments, useUsers } from './admin-queries';
import { Field, fieldError, otherError, uniqueError } from '../../ui/field';

/** Who can sign in, with which roles and department; and a form to add a login. */
export function UsersScreen() {
  const users = useUsers();
  const departments = useDepartments();
  const names = namesById(departments.data?.items);
  const rows = [...(users.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">Users and roles</h2>
      <div className="admin-split">
        <div className="table-wrap" tabIndex={0} role="region" aria-label="List of logins">
          {users.isPending && <p>Loading users…</p>}
          <ProblemAlert error={users.error} />
          {users.data && (
            <table className="cards">
              <caption className="muted small">{rows.length} logins</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Department</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.id} data-testid={`user-${u.email}`}>
                    <td data-label="Name">{u.name}</td>
                    <td data-label="Email">{u.email}</td>
                    <td data-label="Roles">{rolesWords(u.roles)}</td>
                    <td data-label="Department">
                      {u.departmentId
                        ? (names.get(u.departmentId) ?? '…')
                        : 'Central (all departments)'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <CreateUser departments={names} />
      </div>
    </section>
  );
}

function CreateUser({ departments }: { departments: Map<string, string> }) {
  const qc = useQueryClient();
  const empty = { email: '', name: '', password: '', departmentId: '', roles: [] as Role[] };
  const [form, setForm] = useState(empty);
  const [made, setMade] = useState<UserView | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api.post<UserView>('users', {
        email: form.email.trim(),
        name: form.name.trim(),
        password: form.password,
        roles: form.roles,
        ...(form.departmentId ? { departmentId: form.departmentId } : {}),
      }),
    onSuccess: (user) => {
      setMade(user);
      setForm(empty);
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMade(null);
    const problem =
      form.roles.length === 0
        ? 'Choose at least one role'
        : userFormProblem(form.roles, form.departmentId);
    setLocal(problem);
    if (!problem) create.mutate();
  };
  const set =
    (k: 'email' | 'name' | 'password' | 'departmentId') => (e: { target: { value: string } }) =>
      setForm({ ...form, [k]: e.target.value });
  const toggle = (role: Role) =>
    setForm({
      ...form,
      roles: form.roles.includes(role)
        ? form.roles.filter((r) => r !== role)
        : [...form.roles, role],
    });
  const err = (f: string) => fieldError(create.error, f);
  const rolesError = err('roles') ?? (local && !local.includes('department') ? local : undefined);
  const departmentError =
    err('departmentId') ?? (local?.includes('department') ? local : undefined);
  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-user">
      <h3 id="create-user">Add a login</h3>
      <Field label="Name" error={err('name')}>
        {(c) => (
          <input {...c} value={form.name} onChange={set('name')} required autoComplete="off" />
        )}
      </Field>
      <Field label="Email" error={uniqueError(create.error, 'email')}>
        {(c) => (
          <input
            {...c}
            type="email"
            value={form.email}
            onChange={set('email')}
            required
            autoComplete="off"
          />
        )}
      </Field>
      <Field
        label="Password"
        error={err('password')}
        hint="At least 8 characters; give it to the person by another channel"
      >
        {(c) => (
          <input
            {...c}
            type="password"
            value={form.password}
            onChange={set('password')}
            required
            minLength={8}
            autoComplete="new-password"
          />
        )}
      </Field>
      <fieldset>
        <legend>Roles</legend>
        <div className="roles">
          {ROLES.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={form.roles.includes(role)}
                onChange={() => toggle(role)}
              />
              {ROLE_WORDS[role]}
            </label>
          ))}
        </div>
        {rolesError && <span className="field-error">{rolesError}</span>}
      </fieldset>
      <Field
        label="Department"
        error={departmentError}
        hint="Needed for a department IT unit member; empty for central roles"
      >
        {(c) => (
          <select {...c} value={form.departmentId} onChange={set('departmentId')}>
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
      <ProblemAlert
        error={otherError(
          create.error,
          ['email', 'name', 'password', 'roles', 'departmentId'],
          'email',
        )}
      />
      {made && (
        <p className="alert alert-ok" role="status">
          Added {made.name} ({made.email}) as {rolesWords(made.roles)}.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add login'}
        </button>
      </div>
    </form>
  );
}
