import type { ReactNode } from 'react';
import { ApiProblem, describeProblem } from '../../api/problem';

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

/** A labelled control with its error beside it (the control gets aria-invalid from the caller). */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
      {hint && <span className="muted small">{hint}</span>}
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}
