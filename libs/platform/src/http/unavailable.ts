/**
 * Failures that say a backing service (PostgreSQL, Redis) is away for the moment, not
 * that the request was wrong or the code broken: the connection refused, reset or timed
 * out, PostgreSQL shutting down or starting (SQLSTATE 57P01–57P03), a connection
 * exception (class 08) or too many connections (53300), Redis (single or a cluster)
 * refusing commands while it is away. The api answers these 503
 * `unavailable` with Retry-After, as its readiness does meanwhile; the client may
 * repeat the request (commands that create are keyed: Idempotency-Key, job ids).
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const SQLSTATE_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
// PostgreSQL's pool and driver; ioredis failing fast (a single Redis or a Cluster away,
// retries spent); a Redis Cluster without the shard or with its slots moving
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Connection is closed|Client has encountered a connection error|Stream isn't writeable and enableOfflineQueue|Cluster isn't ready and enableOfflineQueue|Reached the max retries per request limit|None of startup nodes is available|Failed to refresh slots cache|^CLUSTERDOWN |^TRYAGAIN /i;

export function isBackendUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const { code, message, driverError, cause } = err as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE_UNAVAILABLE.test(code)))
    return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  return isBackendUnavailable(driverError, depth + 1) || isBackendUnavailable(cause, depth + 1);
}

/** Seconds a client is told to wait before repeating a request refused as unavailable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;
