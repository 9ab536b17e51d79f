import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { IncidentView } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../ui/problem-alert';

/** Declares an incident owned by whoever declares it (handover is on the incident page). */
export function DeclareIncident({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    title: '',
    severity: '1',
    summary: '',
    updateCadenceMinutes: '60',
  });
  const declare = useMutation({
    mutationFn: () =>
      api.post<IncidentView>('incidents', {
        title: form.title,
        severity: Number(form.severity),
        summary: form.summary,
        updateCadenceMinutes: Number(form.updateCadenceMinutes),
      }),
    onSuccess: (incident) => {
      void qc.invalidateQueries({ queryKey: ['incidents'] });
      navigate(`/incidents/${incident.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    declare.mutate();
  };
  const err = (f: string) =>
    declare.error instanceof ApiProblem ? declare.error.field(f) : undefined;
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  return (
    <form className="card declare" onSubmit={submit} aria-labelledby="declare-title">
      <h2 id="declare-title">Declare an incident</h2>
      <p className="muted">
        You become its owner: the one person in command. You can hand it over later.
      </p>
      <label className="field">
        <span>Title</span>
        <input
          name="title"
          required
          value={form.title}
          onChange={set('title')}
          aria-invalid={err('title') ? true : undefined}
          placeholder="W32.Welchia in Social Services and Education"
        />
        {err('title') && <span className="field-error">{err('title')}</span>}
      </label>
      <div className="row">
        <label className="field">
          <span>Severity</span>
          <select name="severity" value={form.severity} onChange={set('severity')}>
            <option value="1">1 · critical</option>
            <option value="2">2 · major</option>
            <option value="3">3 · moderate</option>
            <option value="4">4 · minor</option>
          </select>
        </label>
        <label className="field">
          <span>Staff updates every (minutes)</span>
          <input
            name="updateCadenceMinutes"
            type="number"
            min={5}
            max={1440}
            value={form.updateCadenceMinutes}
            onChange={set('updateCadenceMinutes')}
            aria-invalid={err('updateCadenceMinutes') ? true : undefined}
          />
          {err('updateCadenceMinutes') && (
            <span className="field-error">{err('updateCadenceMinutes')}</span>
          )}
        </label>
      </div>
      <label className="field">
        <span>Summary</span>
        <textarea
          name="summary"
          required
          rows={3}
          value={form.summary}
          onChange={set('summary')}
          aria-invalid={err('summary') ? true : undefined}
          placeholder="What is happening, where, and what is being done"
        />
        {err('summary') && <span className="field-error">{err('summary')}</span>}
      </label>
      <ProblemAlert error={declare.error} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={declare.isPending}>
          {declare.isPending ? 'Declaring…' : 'Declare'}
        </button>
      </div>
    </form>
  );
}
