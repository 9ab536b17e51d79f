import { FormEvent, ReactNode, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../api/problem';
import { ProblemAlert } from './problem-alert';

interface ConfirmProps {
  title: string;
  children?: ReactNode;
  /** Asks for a reason (the api takes one) and passes it on. */
  reason?: 'required' | 'optional';
  confirmLabel: string;
  danger?: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** A modal confirmation (native <dialog>): focus moves in, Escape cancels, a reason when asked. */
export function Confirm({
  title,
  children,
  reason,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: ConfirmProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onConfirm(text.trim());
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = error instanceof ApiProblem ? error.field('reason') : undefined;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="confirm-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="confirm-title">{title}</h2>
        {children}
        {reason && (
          <label className="field">
            <span>Reason{reason === 'required' ? '' : ' (optional)'}</span>
            <textarea
              name="reason"
              value={text}
              required={reason === 'required'}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={fieldError ? true : undefined}
              rows={3}
            />
            {fieldError && <span className="field-error">{fieldError}</span>}
          </label>
        )}
        <ProblemAlert error={error} />
        <div className="actions">
          <button type="button" onClick={() => ref.current?.close()} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
