import { PermanentSendError, SendError, TransientSendError } from './send-errors';

/** The fields of twilio's RestException, and of the axios errors under it. */
export interface TwilioErrorLike {
  message?: string;
  /** HTTP status (RestException). */
  status?: number;
  /** Twilio's error code (RestException, e.g. 21211), or a socket code (axios, e.g. ECONNRESET). */
  code?: number | string;
  moreInfo?: string;
  isAxiosError?: boolean;
}

/** The request never left: nothing was created, a resend is safe. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

/**
 * 429 and 5xx are transient, other 4xx (21211 invalid number, 21610 unsubscribed, 20003
 * bad credentials) permanent with Twilio's code and message. Network trouble is transient;
 * unless the connection was never made, the message may exist already (`outcomeUnknown`):
 * the create call has no idempotency key, so the caller looks it up before resending.
 */
export function classifyTwilioError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  const e = (
    typeof err === 'object' && err !== null ? err : { message: String(err) }
  ) as TwilioErrorLike;
  const said = (e.message ?? 'unknown error').replace(/\s+/g, ' ').trim().slice(0, 500);
  if (typeof e.status === 'number' && !e.isAxiosError) {
    const code = typeof e.code === 'number' ? e.code : null;
    const reason = `twilio ${e.status}${code ? ` (${code})` : ''}: ${said}`;
    if (e.status === 429) return new TransientSendError(reason, code ?? 429, false, { cause: err });
    if (e.status >= 500)
      return new TransientSendError(reason, code ?? e.status, true, { cause: err });
    if (e.status === 408) return new TransientSendError(reason, code ?? 408, true, { cause: err });
    return new PermanentSendError(reason, code ?? e.status, { cause: err });
  }
  if (e.isAxiosError || typeof e.code === 'string') {
    const code = typeof e.code === 'string' ? e.code : 'ENETWORK';
    return new TransientSendError(
      `twilio unreachable (${code}): ${said}`,
      code,
      !NOT_CONNECTED.has(code),
      {
        cause: err,
      },
    );
  }
  // the client's own checks (a missing parameter) throw plain errors before any request
  return new PermanentSendError(`twilio client: ${said}`, null, { cause: err });
}
