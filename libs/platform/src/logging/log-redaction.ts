/** What never reaches a log line, wherever it sits in a logged object (pino `redact`). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-twilio-signature"]',
  'req.headers["x-api-key"]',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-api-key"]',
  'password',
  '*.password',
  '*.*.password',
  'accessToken',
  '*.accessToken',
  'token',
  '*.token',
];

export const REDACTED = '[Redacted]';

/**
 * The acknowledgement link's secret is a path segment: /api/v1/ack/<token>, in any case
 * (Express matches routes case-insensitively) and percent-encoded or not.
 */
const ACK_TOKEN = /(\/(?:ack|%61ck|a%63k|ac%6b)\/)[^/?#]+/gi;

/** The path of a URL as it may be logged: no query string, no acknowledgement token. */
export function loggablePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return path.replace(ACK_TOKEN, `$1${REDACTED}`);
}

/** A Referer as it may be logged: its origin and loggable path, nothing else. */
export function loggableReferer(value: string): string {
  try {
    const url = new URL(value);
    return `${url.origin}${loggablePath(url.pathname)}`;
  } catch {
    return REDACTED;
  }
}

/** Request headers as they may be logged (pino's `redact` then hides the secret ones). */
export function loggableHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  const referer = headers['referer'];
  return typeof referer === 'string' ? { ...headers, referer: loggableReferer(referer) } : headers;
}
