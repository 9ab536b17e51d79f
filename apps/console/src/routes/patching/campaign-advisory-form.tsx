import { FormEvent, useState } from 'react';
import { Field, fieldError, otherError, uniqueError } from '../../ui/field';
import { ProblemAlert } from '../../ui/problem-alert';
import { useCreateAdvisory } from './campaign-queries';
import type { AdvisorySeverity } from './campaign-types';

const SEVERITIES: AdvisorySeverity[] = ['critical', 'important', 'moderate', 'low'];
const FIELDS = ['identifier', 'title', 'severity', 'affectedBuilds', 'patch', 'summary'];

/** Records a vendor's advisory: identifier, severity, the builds it affects and the patch. */
export function AdvisoryForm({ onDone }: { onDone: (identifier: string | null) => void }) {
  const [identifier, setIdentifier] = useState('');
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<AdvisorySeverity>('critical');
  const [builds, setBuilds] = useState('');
  const [patch, setPatch] = useState('');
  const [summary, setSummary] = useState('');
  const create = useCreateAdvisory();
  const err = (f: string) => fieldError(create.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        identifier,
        title,
        severity,
        affectedBuilds: builds
          .split('\n')
          .map((b) => b.trim())
          .filter(Boolean),
        patch: patch || identifier,
        summary: summary || undefined,
      },
      { onSuccess: (a) => onDone(a.identifier) },
    );
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="advisory-form-title">
      <h2 id="advisory-form-title">Record an advisory</h2>
      <div className="advisory-grid">
        <Field
          label="Identifier"
          error={uniqueError(create.error, 'identifier')}
          hint="e.g. MS03-026"
        >
          {(c) => (
            <input
              {...c}
              value={identifier}
              onChange={(e) => setIdentifier(e.target.value)}
              required
            />
          )}
        </Field>
        <Field label="Severity" error={err('severity')}>
          {(c) => (
            <select
              {...c}
              value={severity}
              onChange={(e) => setSeverity(e.target.value as AdvisorySeverity)}
            >
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s[0].toUpperCase() + s.slice(1)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Patch"
          error={err('patch')}
          hint="As the standard build lists it; left empty, the identifier"
        >
          {(c) => <input {...c} value={patch} onChange={(e) => setPatch(e.target.value)} />}
        </Field>
      </div>
      <Field label="Title" error={err('title')}>
        {(c) => <input {...c} value={title} onChange={(e) => setTitle(e.target.value)} required />}
      </Field>
      <Field
        label="Affected OS builds, one per line"
        error={err('affectedBuilds')}
        hint="As the device inventory names them, e.g. Windows XP Professional SP1"
      >
        {(c) => (
          <textarea
            {...c}
            rows={4}
            value={builds}
            onChange={(e) => setBuilds(e.target.value)}
            required
          />
        )}
      </Field>
      <Field label="Summary" error={err('summary')}>
        {(c) => (
          <textarea {...c} rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
        )}
      </Field>
      <ProblemAlert error={otherError(create.error, FIELDS, 'identifier')} />
      <div className="actions">
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Save the advisory'}
        </button>
      </div>
    </form>
  );
}
