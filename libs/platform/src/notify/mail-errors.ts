import { PermanentSendError, SendError, TransientSendError } from './send-errors';

/** The fields nodemailer sets on the errors it hands back (see its NodemailerError). */
export interface MailErrorLike {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  originalCode?: string;
}

/** Nodemailer codes that say the message or the setup is wrong: sending it again cannot help. */
const PERMANENT_CODES = new Set([
  'EENVELOPE', // no recipient, or a recipient the client itself refused
  'EMAXRECIPIENTS',
  'ECONFIG',
  'ENOAUTH',
  'EFILEACCESS',
  'EURLACCESS',
]);

/** The connection never carried the message: it was not sent, so a resend is safe. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

/**
 * SMTP reply codes decide first (RFC 5321: 5yz permanent, 4yz transient; 503 "bad
 * sequence" is about the session, not the message, so it is transient, as nodemailer's
 * own `isPermanentResponseCode` says). Without a reply, connection trouble is transient
 * and its outcome unknown — the server may have taken the message before the line went.
 */
export function classifyMailError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  const e = (
    typeof err === 'object' && err !== null ? err : { message: String(err) }
  ) as MailErrorLike;
  const said = oneLine(e.response ?? e.message ?? 'unknown error');
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
    const reason = `smtp ${e.responseCode}${e.command ? ` at ${e.command}` : ''}: ${said}`;
    if (e.responseCode >= 500 && e.responseCode !== 503)
      return new PermanentSendError(reason, e.responseCode, { cause: err });
    return new TransientSendError(reason, e.responseCode, false, { cause: err });
  }
  const code = e.code ?? 'EUNKNOWN';
  if (PERMANENT_CODES.has(code))
    return new PermanentSendError(`${code}: ${said}`, code, { cause: err });
  const outcomeUnknown = !NOT_CONNECTED.has(e.originalCode ?? code);
  return new TransientSendError(`${code}: ${said}`, code, outcomeUnknown, { cause: err });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
