import { isIP } from 'node:net';
import { ConfigError } from './config';

type Env = Record<string, string | undefined>;

/**
 * Which proxies' `X-Forwarded-For` is believed (Express's `trust proxy`): `false`, none
 * (the peer's own address is the client's); a hop count; or addresses, CIDR ranges and
 * Express's names `loopback`, `linklocal`, `uniquelocal`.
 */
export type TrustProxy = false | number | string[];

export interface SecurityConfig {
  trustProxy: TrustProxy;
  /** Origins allowed to call the api from a browser; empty: no CORS headers at all. */
  corsOrigins: string[];
  /** Strict-Transport-Security max-age in seconds; null: no HSTS header. */
  hstsMaxAgeSeconds: number | null;
}

/** Sign-in throttling (docs/security.md): per source, per account and source, per account. */
export interface LoginConfig {
  /** Sign-in attempts a minute from one client address, whatever the accounts. */
  perMinute: number;
  /** Failed attempts for one account from one address before each further one waits. */
  freeFailures: number;
  /** The longest wait between attempts for one account from one address. */
  maxDelaySeconds: number;
  /**
   * Failed attempts on one account from all addresses in a window, after which only
   * addresses that have signed in to it before may keep trying until the window ends.
   */
  accountFailures: number;
  windowMinutes: number;
}

const NAMED = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (NAMED.includes(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

export function trustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new ConfigError('TRUST_PROXY hop count must be between 0 and 10');
    return hops;
  }
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !isAddressOrRange(e));
  if (bad !== undefined)
    throw new ConfigError(
      `TRUST_PROXY must be a hop count or a comma-separated list of addresses, CIDR ranges, ${NAMED.join(', ')} (not "${bad}")`,
    );
  return entries;
}

export function corsOrigins(raw: string | undefined): string[] {
  const value = raw?.trim() ?? '';
  if (value === '') return [];
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(
        `CORS_ORIGINS entry "${origin}" is not an origin (https://host[:port])`,
      );
    }
    if (
      !['http:', 'https:'].includes(parsed.protocol) ||
      parsed.origin !== origin.replace(/\/$/, '')
    )
      throw new ConfigError(
        `CORS_ORIGINS entry "${origin}" is not an origin (https://host[:port])`,
      );
    return parsed.origin;
  });
}

export function hstsMaxAge(raw: string | undefined): number | null {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '0') return null;
  if (!/^\d+$/.test(value) || Number(value) > 2 * 365 * 24 * 3600)
    throw new ConfigError('HSTS_MAX_AGE must be a whole number of seconds, at most two years');
  return Number(value);
}

export function securityConfig(env: Env): SecurityConfig {
  return {
    trustProxy: trustProxy(env['TRUST_PROXY']),
    corsOrigins: corsOrigins(env['CORS_ORIGINS']),
    hstsMaxAgeSeconds: hstsMaxAge(env['HSTS_MAX_AGE']),
  };
}
