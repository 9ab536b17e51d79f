import type { ErrorCode } from '@cordon/contracts';

/**
 * A refusal by a domain rule. It carries a stable code; the HTTP layer maps the
 * code to a status and a problem+json body, and copies `extra` into it.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof Error && value.name === 'DomainError' && 'code' in value;
}

export const notFound = (what: string, id?: string): DomainError =>
  new DomainError('not_found', id ? `${what} ${id} was not found` : `${what} was not found`);

export const forbidden = (why: string): DomainError => new DomainError('forbidden', why);

export const conflict = (why: string, extra: Record<string, unknown> = {}): DomainError =>
  new DomainError('conflict', why, extra);
