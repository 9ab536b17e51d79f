/** What never reaches a log line, wherever it sits in a logged object (pino `redact`). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-twilio-signature"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  '*.*.password',
  'accessToken',
  '*.accessToken',
  'token',
  '*.token',
];

export const REDACTED = '[Redacted]';

/** The acknowledgement link's secret is a path segment: /api/v1/ack/<token>. */
const ACK_TOKEN = /(\/ack\/)[^/?#]+/g;

/** The path of a URL as it may be logged: no query string, no acknowledgement token. */
export function loggablePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return path.replace(ACK_TOKEN, `$1${REDACTED}`);
}
