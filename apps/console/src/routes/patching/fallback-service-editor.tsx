import { FormEvent, useState } from 'react';
import { Field, fieldError, otherError, uniqueError } from '../../ui/field';
import { ProblemAlert } from '../../ui/problem-alert';
import { DevicePicker } from './fallback-device-picker';
import {
  emptyForm,
  formFromService,
  moveStep,
  requestFromForm,
  reviewWords,
  ServiceForm,
  todayUtc,
} from './fallback-form';
import { useDeciders, useSaveService } from './fallback-queries';
import type { CriticalServiceView } from './fallback-types';

const FIELDS = [
  'name',
  'description',
  'serverIds',
  'steps',
  'standbyDeviceId',
  'standbyDescription',
  'deciderId',
  'lastReviewedOn',
];

/** Adds or changes a critical service: its live servers, the plan's steps, the standby, who decides. */
export function ServiceEditor({
  service,
  onDone,
}: {
  service: CriticalServiceView | null;
  onDone: (saved: CriticalServiceView | null) => void;
}) {
  const today = todayUtc();
  const [form, setForm] = useState<ServiceForm>(() =>
    service ? formFromService(service) : emptyForm(today),
  );
  const deciders = useDeciders(true);
  const save = useSaveService(service?.id ?? null, service?.version ?? null);
  const err = (f: string) => fieldError(save.error, f);
  const set = <K extends keyof ServiceForm>(k: K, v: ServiceForm[K]) =>
    setForm({ ...form, [k]: v });
  const setStep = (i: number, change: Partial<ServiceForm['steps'][number]>) =>
    set(
      'steps',
      form.steps.map((s, n) => (n === i ? { ...s, ...change } : s)),
    );
  const review = reviewWords(form.lastReviewedOn || today, today);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(requestFromForm(form), { onSuccess: (saved) => onDone(saved) });
  };
  const stepErrors = form.steps.some((_, i) => err(`steps.${i}.text`));
  return (
    <form className="card" onSubmit={submit} aria-labelledby="service-editor-title">
      <h2 id="service-editor-title">
        {service ? `Change ${service.name}` : 'Add a critical service'}
      </h2>
      <Field
        label="Service"
        error={uniqueError(save.error, 'name')}
        hint="What people would miss, e.g. Mail scanning"
      >
        {(c) => (
          <input {...c} value={form.name} onChange={(e) => set('name', e.target.value)} required />
        )}
      </Field>
      <Field label="What it does" error={err('description')}>
        {(c) => (
          <textarea
            {...c}
            rows={2}
            value={form.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      <fieldset aria-describedby="servers-error">
        <legend>Live servers</legend>
        {form.servers.length === 0 && <p className="small muted">None yet: find them below.</p>}
        <ul className="chips" aria-label="Live servers chosen">
          {form.servers.map((s) => (
            <li key={s.id}>
              {s.hostname}
              <button
                type="button"
                className="link"
                aria-label={`Remove ${s.hostname}`}
                onClick={() =>
                  set(
                    'servers',
                    form.servers.filter((x) => x.id !== s.id),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <DevicePicker
          label="Find a server"
          verb="Add"
          exclude={[...form.servers.map((s) => s.id), form.standbyDevice?.id ?? '']}
          onPick={(d) => set('servers', [...form.servers, d])}
        />
        {err('serverIds') && (
          <span id="servers-error" className="field-error">
            {err('serverIds')}
          </span>
        )}
      </fieldset>
      <fieldset>
        <legend>Fall-back steps, in order</legend>
        <p className="small muted">
          Tick the first steps: they become tasks for the server’s department the moment a patch
          fails on it.
        </p>
        {form.steps.map((step, i) => (
          <div className="step-row" key={i}>
            <Field label={`Step ${i + 1}`} error={err(`steps.${i}.text`)}>
              {(c) => (
                <textarea
                  {...c}
                  rows={2}
                  value={step.text}
                  onChange={(e) => setStep(i, { text: e.target.value })}
                />
              )}
            </Field>
            <div className="spread">
              <label className="check">
                <input
                  type="checkbox"
                  checked={step.firstStep}
                  onChange={(e) => setStep(i, { firstStep: e.target.checked })}
                />
                First step (a task at once)
              </label>
              <span className="row">
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => set('steps', moveStep(form.steps, i, -1))}
                  aria-label={`Move step ${i + 1} up`}
                >
                  Up
                </button>
                <button
                  type="button"
                  disabled={i === form.steps.length - 1}
                  onClick={() => set('steps', moveStep(form.steps, i, 1))}
                  aria-label={`Move step ${i + 1} down`}
                >
                  Down
                </button>
                <button
                  type="button"
                  onClick={() =>
                    set(
                      'steps',
                      form.steps.filter((_, n) => n !== i),
                    )
                  }
                  aria-label={`Remove step ${i + 1}`}
                >
                  Remove
                </button>
              </span>
            </div>
          </div>
        ))}
        {err('steps') && !stepErrors && <span className="field-error">{err('steps')}</span>}
        <button
          type="button"
          onClick={() => set('steps', [...form.steps, { text: '', firstStep: false }])}
        >
          Add a step
        </button>
      </fieldset>
      <fieldset>
        <legend>Standby to switch to</legend>
        {form.standbyDevice ? (
          <p>
            Device <strong>{form.standbyDevice.hostname}</strong>{' '}
            <button type="button" className="link" onClick={() => set('standbyDevice', null)}>
              Remove
            </button>
          </p>
        ) : (
          <DevicePicker
            label="Find a standby device (optional)"
            verb="Use"
            exclude={form.servers.map((s) => s.id)}
            onPick={(d) => set('standbyDevice', d)}
          />
        )}
        {err('standbyDeviceId') && <span className="field-error">{err('standbyDeviceId')}</span>}
        <Field
          label="Or describe it"
          error={err('standbyDescription')}
          hint="e.g. a spare server with anti-virus scanning only"
        >
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={form.standbyDescription}
              onChange={(e) => set('standbyDescription', e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <Field
        label="Who decides"
        error={err('deciderId')}
        hint="Owns the incident a failed patch opens"
      >
        {(c) => (
          <select
            {...c}
            value={form.deciderId}
            onChange={(e) => set('deciderId', e.target.value)}
            required
          >
            <option value="">Choose an owner or command user…</option>
            {(deciders.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ProblemAlert error={deciders.error} />
      <Field label="Last reviewed" error={err('lastReviewedOn')} hint={review.text}>
        {(c) => (
          <input
            {...c}
            type="date"
            max={today}
            value={form.lastReviewedOn}
            onChange={(e) => set('lastReviewedOn', e.target.value)}
            required
          />
        )}
      </Field>
      {review.overdue && (
        <p className="alert alert-error small" role="status">
          Review overdue: walk through the steps with the decider and set today’s date.
        </p>
      )}
      <ProblemAlert
        error={otherError(
          save.error,
          FIELDS.concat(form.steps.map((_, i) => `steps.${i}.text`)),
          'name',
        )}
      />
      <div className="actions">
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the plan'}
        </button>
      </div>
    </form>
  );
}
