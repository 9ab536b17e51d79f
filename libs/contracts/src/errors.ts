/**
 * Stable machine words carried in problem+json `code`, with their HTTP status.
 * The same word is used by the domain error, the HTTP answer and the docs.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  invalid_credentials: 401,
  sso_failed: 401,
  sso_unmapped: 403,
  local_login_disabled: 403,
  forbidden: 403,
  invalid_signature: 403,
  not_found: 404,
  conflict: 409,
  already_claimed: 409,
  reopen_blocked: 409,
  close_blocked: 409,
  approval_blocked: 409,
  invalid_transition: 409,
  account_locked: 401,
  evidence_below_baseline: 422,
  idempotency_mismatch: 422,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_STATUS, value);
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  [extra: string]: unknown;
}
