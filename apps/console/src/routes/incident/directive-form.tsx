import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DirectiveView } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem, describeProblem } from '../../api/problem';
import { fromCouncilLocal, toCouncilLocal } from '../../ui/council-time';
import { Field } from '../../ui/field';
import { useDepartments } from './directory-queries';
import { incidentKeys } from './keys';

/** Today at 18:00 on the council's clock, or two hours from now when that has passed. */
function defaultDue(now = Date.now()): string {
  const today = `${toCouncilLocal(new Date(now)).slice(0, 10)}T18:00`;
  const at = fromCouncilLocal(today);
  if (at && Date.parse(at) > now + 30 * 60_000) return today;
  return toCouncilLocal(new Date(Math.ceil((now + 2 * 3600_000) / 900_000) * 900_000));
}

/** The owner's instruction to departments: the text, who must acknowledge, by when. */
export function DirectiveForm({ incidentId, onDone }: { incidentId: string; onDone: () => void }) {
  const qc = useQueryClient();
  const departments = useDepartments();
  const [text, setText] = useState('');
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [due, setDue] = useState(defaultDue);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [dueError, setDueError] = useState<string | null>(null);
  const problem = error instanceof ApiProblem ? error : null;
  const fieldError = (name: string) => problem?.field(name);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const dueAt = fromCouncilLocal(due);
    setDueError(dueAt ? null : 'Give a date and time');
    if (!dueAt) return;
    setBusy(true);
    setError(null);
    try {
      const body = all
        ? { text: text.trim(), allDepartments: true, dueAt }
        : { text: text.trim(), departmentIds: chosen, dueAt };
      const view = await api.post<DirectiveView>(`incidents/${incidentId}/directives`, body);
      qc.setQueryData<DirectiveView[]>(incidentKeys.directives(incidentId), (list) =>
        list && !list.some((d) => d.id === view.id) ? [view, ...list] : list,
      );
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const textError = fieldError('text');
  const deptError = fieldError('departmentIds') ?? fieldError('allDepartments');
  const dueFieldError = dueError ?? fieldError('dueAt');
  const other = !!error && !textError && !deptError && !dueFieldError;
  return (
    <form
      className="directive-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="directive-form-title"
    >
      <h3 id="directive-form-title">Issue a directive</h3>
      <Field label="What must be done" error={textError}>
        {(c) => (
          <textarea
            {...c}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            required
            maxLength={2000}
            placeholder="Install the RPC patch on every machine"
          />
        )}
      </Field>
      <fieldset aria-describedby={deptError ? 'directive-dept-error' : undefined}>
        <legend>Departments that must acknowledge</legend>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          All departments
        </label>
        {!all &&
          (departments.data?.items ?? []).map((d) => (
            <label className="check" key={d.id}>
              <input
                type="checkbox"
                checked={chosen.includes(d.id)}
                onChange={(e) =>
                  setChosen(e.target.checked ? [...chosen, d.id] : chosen.filter((c) => c !== d.id))
                }
              />
              {d.name} ({d.code})
            </label>
          ))}
        {deptError && (
          <span id="directive-dept-error" className="field-error">
            {deptError}
          </span>
        )}
      </fieldset>
      <Field label="Acknowledge by (council time)" error={dueFieldError}>
        {(c) => (
          <input
            {...c}
            type="datetime-local"
            value={due}
            onChange={(e) => setDue(e.target.value)}
            required
          />
        )}
      </Field>
      {other && (
        <p className="alert alert-error" role="alert">
          {describeProblem(error)}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onDone} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Issuing…' : 'Issue directive'}
        </button>
      </div>
    </form>
  );
}
