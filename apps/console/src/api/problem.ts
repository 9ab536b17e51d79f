import type { FieldError, Problem } from './types';

/** A refused call: the problem+json body the api answered, or a network failure in words. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title);
  }

  get code(): string {
    return this.problem.code;
  }

  /** The message the api gave for one field, if any. */
  field(name: string): string | undefined {
    return this.problem.errors?.find((e: FieldError) => e.field === name)?.message;
  }
}

/** What a person should read for a refusal: the api's words, made plain for the usual cases. */
export function describeProblem(error: unknown): string {
  if (!(error instanceof ApiProblem)) return error instanceof Error ? error.message : String(error);
  const p = error.problem;
  if (p.code === 'rate_limited') {
    const retry = Number(p['retryAfterSeconds'] ?? p['retryAfter'] ?? 0);
    const when = retry === 1 ? ' in a second' : retry ? ` in ${retry} seconds` : ' in a minute';
    return `Too many attempts. Try again${when}.`;
  }
  if (p.code === 'unavailable' || error.status === 0)
    return 'Cordon cannot be reached. Check your connection; we keep trying.';
  const fields =
    p.errors?.map((e) => (e.message.includes(e.field) ? e.message : `${e.field}: ${e.message}`)) ??
    [];
  return fields.length ? fields.join('; ') : p.detail || p.title;
}
