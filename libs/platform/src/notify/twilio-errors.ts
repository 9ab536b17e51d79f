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

/** Twilio's error for a number that texted STOP: no message reaches it until it texts START. */
export const TWILIO_OPTED_OUT = 21610;

/** What people reading a failed delivery need told in words, by Twilio error code. */
const EXPLAINED: Readonly<Record<number, string>> = {
  [TWILIO_OPTED_OUT]:
    'the recipient has opted out of SMS from this number (replied STOP); ' +
    'nothing reaches them by SMS until they text START',
};

/** The request never left: nothing was created, a resend is safe. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

/**
 * 429 and 5xx are transient, other 4xx (21211 invalid number, 21610 unsubscribed, 20003
 * bad credentials) permanent with Twilio's code and message (21610 explained: the person
 * texted STOP, whatever HTTP status it came with). Network trouble is transient;
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
    const explained = code ? EXPLAINED[code] : undefined;
    const reason = `twilio ${e.status}${code ? ` (${code})` : ''}: ${explained ? `${explained}. Twilio said: ${said}` : said}`;
    // an opted-out number stays opted out however often it is tried
    if (code === TWILIO_OPTED_OUT) return new PermanentSendError(reason, code, { cause: err });
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
