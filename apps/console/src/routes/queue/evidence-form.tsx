import { useQuery } from '@tanstack/react-query';
import { FormEvent, useId, useState } from 'react';
import type { BaselineView, CompleteTaskRequest, TaskView } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../ui/problem-alert';
import { councilDay } from '../../ui/time';
import { NO_SHORTFALL, readShortfall, Shortfall, shortfallText } from './evidence-shortfall';

interface Props {
  task: TaskView;
  onDone: (task: TaskView) => void;
  onCancel: () => void;
}

/**
 * The evidence that completes a cleanup task: the baseline's patches ticked, the AV
 * product and signature date, a clean scan. When the api refuses, what is missing is
 * shown next to its control ("Missing: MS03-039" on that patch) and summed up above.
 */
export function EvidenceForm({ task, onDone, onCancel }: Props) {
  const id = useId();
  const baseline = useQuery({
    queryKey: ['baseline'],
    queryFn: () => api.get<BaselineView>('baseline'),
    staleTime: 5 * 60_000,
  });
  const required = baseline.data?.requiredPatches ?? [];
  const lacking = new Set(task.device?.missingPatches ?? required);
  // patches the record already has are ticked: the engineer ticks what he installed
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const patches = ticked ?? new Set(required.filter((p) => !lacking.has(p)));
  const [avProduct, setAvProduct] = useState('');
  const [signatureDate, setSignatureDate] = useState(() => councilDay());
  const [scanClean, setScanClean] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [short, setShort] = useState<Shortfall>(NO_SHORTFALL);

  const toggle = (patch: string, on: boolean) => {
    const next = new Set(patches);
    if (on) next.add(patch);
    else next.delete(patch);
    setTicked(next);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: CompleteTaskRequest = {
      note: note.trim() || undefined,
      evidence: {
        patches: [...patches],
        avSignatureDate: signatureDate,
        scanClean,
        avProduct: avProduct.trim() || undefined,
      },
    };
    try {
      const done = await api.post<TaskView>(`tasks/${task.id}/complete`, body);
      setShort(NO_SHORTFALL);
      onDone(done);
    } catch (err) {
      const refused = err instanceof ApiProblem && err.code === 'evidence_below_baseline';
      setShort(refused ? readShortfall(err.problem, required) : NO_SHORTFALL);
      setError(refused ? null : err);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name: string) =>
    error instanceof ApiProblem
      ? (error.field(`evidence.${name}`) ?? error.field(name))
      : undefined;
  const summary = shortfallText(short);
  const avMissing = short.avProduct && !avProduct.trim();
  const scanMissing = short.scanClean && !scanClean;
  const recorded = task.device && !task.device.issues.includes('no_av');

  return (
    <form className="evidence stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Evidence for {task.device?.hostname ?? task.title}</h3>
      {summary && (
        <p className="alert alert-error" role="alert">
          Not accepted: the machine is still below the standard build. {summary}.
        </p>
      )}
      <fieldset aria-describedby={`${id}-patch-hint`}>
        <legend>Patches installed (standard build)</legend>
        <p id={`${id}-patch-hint`} className="muted small">
          Tick every required patch now on the machine.
        </p>
        {baseline.isPending && <p aria-busy="true">Loading the standard build…</p>}
        <ProblemAlert error={baseline.error} />
        {required.map((patch) => {
          // ticked since the refusal: no longer marked
          const missing = short.patches.includes(patch) && !patches.has(patch);
          return (
            <div key={patch} className={`patch${missing ? ' patch-missing' : ''}`}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={patches.has(patch)}
                  onChange={(e) => toggle(patch, e.target.checked)}
                  aria-invalid={missing || undefined}
                  aria-describedby={missing ? `${id}-${patch}-missing` : undefined}
                />
                {patch}
              </label>
              {!lacking.has(patch) && <span className="muted small">already on record</span>}
              {missing && (
                <strong id={`${id}-${patch}-missing`} className="field-error">
                  ⚠ Missing: {patch}
                </strong>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className="evidence-fields">
        <label className="field">
          <span>AV product</span>
          <input
            value={avProduct}
            onChange={(e) => setAvProduct(e.target.value)}
            placeholder={recorded ? 'as on record' : 'e.g. Sophos Anti-Virus'}
            maxLength={100}
            aria-invalid={avMissing || !!fieldError('avProduct') || undefined}
          />
          {avMissing && (
            <span className="field-error">
              Missing: the machine has no AV product on record; name it.
            </span>
          )}
          {fieldError('avProduct') && (
            <span className="field-error">{fieldError('avProduct')}</span>
          )}
        </label>
        <label className="field">
          <span>Signature date</span>
          <input
            type="date"
            required
            value={signatureDate}
            onChange={(e) => setSignatureDate(e.target.value)}
            aria-invalid={!!short.signatureDate || !!fieldError('avSignatureDate') || undefined}
          />
          {baseline.data?.minAvSignatureDate && (
            <span className="muted small">
              The standard build needs {baseline.data.minAvSignatureDate} or later.
            </span>
          )}
          {short.signatureDate && (
            <span className="field-error">Too old: must be {short.signatureDate}.</span>
          )}
          {fieldError('avSignatureDate') && (
            <span className="field-error">{fieldError('avSignatureDate')}</span>
          )}
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={scanClean}
          onChange={(e) => setScanClean(e.target.checked)}
          aria-invalid={scanMissing || undefined}
        />
        Scan clean
      </label>
      {scanMissing && <p className="field-error">Missing: a full scan that found nothing.</p>}
      <label className="field">
        <span>Note (optional)</span>
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          maxLength={2000}
        />
      </label>
      <ProblemAlert error={error} />
      <div className="actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button
          type="submit"
          className="primary"
          disabled={busy || baseline.isPending}
          aria-busy={busy || undefined}
        >
          {busy ? 'Submitting…' : 'Submit evidence'}
        </button>
      </div>
    </form>
  );
}
