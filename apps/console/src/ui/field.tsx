import { ReactNode, useId } from 'react';
import { ApiProblem, describeProblem } from '../api/problem';

/** The api's words for one field of a refused call, if any. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiProblem ? error.field(field) : undefined;
}

/** A 409 on a unique code or email belongs beside that field. */
export function uniqueError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  return error.field(field) ?? (error.code === 'conflict' ? describeProblem(error) : undefined);
}

/** The refusal, unless it is already shown beside one of these fields. */
export function otherError(error: unknown, fields: string[], unique?: string): unknown {
  if (!(error instanceof ApiProblem)) return error;
  if (fields.some((f) => error.field(f))) return null;
  return unique && error.code === 'conflict' ? null : error;
}

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * A control with a short label, its hint and its error beside it (described by both,
 * so the label stays the control's name): `<Field label="Code">{(c) => <input {...c} />}</Field>`.
 */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
