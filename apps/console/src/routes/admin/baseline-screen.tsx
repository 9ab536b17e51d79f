import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import type { BaselineView } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../ui/problem-alert';
import { when } from '../../ui/time';
import { parsePatches } from './admin-format';
import { adminKeys } from './admin-queries';
import { Field, fieldError } from '../../ui/field';

/** The standard build every cleaned machine must meet: required patches and the oldest AV signatures allowed. */
export function BaselineScreen() {
  const qc = useQueryClient();
  const baseline = useQuery({
    queryKey: adminKeys.baseline,
    queryFn: () => api.get<BaselineView>('baseline'),
  });
  const [patches, setPatches] = useState('');
  const [date, setDate] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!baseline.data) return;
    setPatches(baseline.data.requiredPatches.join('\n'));
    setDate(baseline.data.minAvSignatureDate ?? '');
  }, [baseline.data]);
  const save = useMutation({
    mutationFn: () =>
      api.put<BaselineView>('baseline', {
        requiredPatches: parsePatches(patches),
        minAvSignatureDate: date || null,
      }),
    onSuccess: (view) => {
      qc.setQueryData(adminKeys.baseline, view);
      setSaved(true);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate();
  };
  const list = parsePatches(patches);
  const patchError = fieldError(save.error, 'requiredPatches') ?? findEach(save.error);
  const dateError = fieldError(save.error, 'minAvSignatureDate');
  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">Standard build</h2>
      <p>
        A cleanup task can only be completed, and a LAN reopened, when each machine has every patch
        below and anti-virus signatures at least this recent.
      </p>
      {baseline.isPending && <p>Loading the standard build…</p>}
      <ProblemAlert error={baseline.error} />
      {baseline.data && (
        <form className="card" onSubmit={submit} style={{ maxWidth: 560 }}>
          <Field
            label="Required patches"
            error={patchError}
            hint="One per line (or separated by commas), e.g. MS03-026"
          >
            {(c) => (
              <textarea
                {...c}
                rows={6}
                value={patches}
                onChange={(e) => {
                  setPatches(e.target.value);
                  setSaved(false);
                }}
                spellCheck={false}
              />
            )}
          </Field>
          <p className="muted small">
            {list.length} patch{list.length === 1 ? '' : 'es'}: {list.join(', ') || 'none required'}
          </p>
          <Field
            label="Oldest anti-virus signatures allowed"
            error={dateError}
            hint="Leave empty to accept any date"
          >
            {(c) => (
              <input
                {...c}
                type="date"
                value={date}
                onChange={(e) => {
                  setDate(e.target.value);
                  setSaved(false);
                }}
              />
            )}
          </Field>
          <ProblemAlert error={patchError || dateError ? null : save.error} />
          {saved && (
            <p className="alert alert-ok" role="status">
              Standard build saved.
            </p>
          )}
          {baseline.data.updatedAt && (
            <p className="muted small">
              Last changed {when(baseline.data.updatedAt)}
              {baseline.data.updatedBy ? ` by ${baseline.data.updatedBy}` : ''}.
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save the standard build'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** class-validator names each element ("requiredPatches.2"): show the first beside the list. */
function findEach(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  return error.problem.errors?.find((e) => e.field.startsWith('requiredPatches'))?.message;
}
