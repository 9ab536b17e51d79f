import { ERROR_STATUS, ErrorCode, FieldError, isErrorCode, Problem } from '@cordon/contracts';

/** Raised at the edge when input does not fit: 400 `validation_failed` naming the fields. */
export class ValidationProblem extends Error {
  override readonly name = 'ValidationProblem';

  constructor(
    readonly errors: FieldError[],
    message = `Invalid ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
  ) {
    super(message);
  }
}

export function problem(
  code: ErrorCode,
  detail: string,
  extra: Record<string, unknown> = {},
): Problem {
  const status = ERROR_STATUS[code];
  // Extras first: a domain error's extra fields never replace the problem's own.
  return {
    ...extra,
    type: `urn:cordon:problem:${code}`,
    title: code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    status,
    detail,
    code,
  };
}

/** Errors from the domain (or any layer) that carry one of the contract's codes. */
export interface CodedError {
  code: ErrorCode;
  message: string;
  extra?: Record<string, unknown>;
}

export function isCodedError(value: unknown): value is CodedError {
  return (
    value instanceof Error &&
    (value.name === 'DomainError' || value.name === 'CodedError') &&
    isErrorCode((value as unknown as CodedError).code)
  );
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'unavailable',
};

export function codeForStatus(status: number): ErrorCode {
  return HTTP_CODES[status] ?? (status >= 500 ? 'internal' : 'validation_failed');
}
