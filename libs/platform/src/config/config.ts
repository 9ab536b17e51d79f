import { randomBytes } from 'node:crypto';
import type { LocalLoginMode } from '@cordon/contracts';
import { resolve } from 'node:path';
import { LdapConfig, ldapConfig } from './config-ldap';
import { localLoginMode, OidcConfig, oidcConfig } from './config-oidc';
import { redisClusterNodes } from './config-redis-cluster';
import { LoginConfig, SecurityConfig, securityConfig } from './config-security';

export * from './config-ldap';
export * from './config-oidc';
export * from './config-redis-cluster';
export * from './config-security';

/**
 * The one place `process.env` is read. `loadConfig` validates every variable at start;
 * a missing or malformed one throws a ConfigError whose message is one line naming it.
 */
export interface AppConfig {
  nodeEnv: 'production' | 'development' | 'test';
  databaseUrl: string;
  redisUrl: string;
  /** Redis Cluster seed nodes (host:port); null: the single Redis at redisUrl. */
  redisCluster: string[] | null;
  queuePrefix: string;
  port: number;
  /** Prometheus metrics on their own port (never the public one); null: not served. */
  metricsPort: number | null;
  publicUrl: string;
  /** Secret: never logged. */
  jwtSecret: string;
  jwtTtlSeconds: number;
  admin: { email: string; password: string } | null;
  smtp: {
    url: string;
    from: string;
    isDevelopmentCatcher: boolean;
    /** Pooled connections to the SMTP server. */
    maxConnections: number;
    /**
     * How often the pool retries a message on a new connection when its connection closed
     * before the message went out (nodemailer 10 never requeues one it had started).
     */
    maxRequeues: number;
    /** Messages per pooled connection before it is replaced (nodemailer's default, 100). */
    maxMessages: number;
    /** Connect, greeting and socket timeout. */
    timeoutMs: number;
    /** Emails per second across all workers (the provider's sending limit); null: none. */
    perSecond: number | null;
  };
  twilio: { accountSid: string; authToken: string; from: string; apiBaseUrl: string | null } | null;
  sms: { perSecond: number; timeoutMs: number };
  /** Broadcast delivery in the worker. */
  comms: {
    /** Emails being sent at once per worker: the bound on repeats after a crash. */
    emailConcurrency: number;
    smsConcurrency: number;
    /** Tries per delivery before it fails (transient errors back off exponentially with jitter). */
    sendAttempts: number;
    sendBackoffMs: number;
    /** Unacknowledged recipients get the other channel after this long (requests may say otherwise). */
    ackEscalationMinutes: number;
    /** How often overdue incident updates and stuck deliveries are looked for. */
    scanSeconds: number;
    /** BullMQ job lock; a crashed worker's jobs are taken up again after it runs out. */
    queueLockMs: number;
    queueStalledIntervalMs: number;
    /** Time zone of times written in messages ("next update by 15:00"). */
    timeZone: string;
  };
  /** Development: where the local mail catcher stores `.eml` files (absolute). */
  mailDir: string;
  /** Development: where SMS are recorded when Twilio is not configured (absolute). */
  smsDir: string;
  detectionApiKey: string | null;
  /** Where WARP summaries are emailed; null: they are downloaded and recorded as sent by hand. */
  warpEmail: string | null;
  login: LoginConfig;
  /** Proxy trust, CORS and HSTS (docs/security.md). */
  security: SecurityConfig;
  /** OpenID Connect single sign-on; null: local passwords only. */
  oidc: OidcConfig | null;
  /** Who may sign in with a password: all, admins (break-glass), off (LOCAL_LOGIN). */
  localLogin: LocalLoginMode;
  /** Directory sync from LDAP / Active Directory; null: CSV imports only. */
  ldap: LdapConfig | null;
  consoleDir: string | null;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = text(env, name) ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(`${name} must use one of ${protocols.map((p) => `${p}://`).join(', ')}`);
  }
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(`${name} must be between ${min} and ${max}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = text(env, name) ?? fallback;
  if (!values.includes(raw as T))
    throw new ConfigError(`${name} must be one of ${values.join(', ')}`);
  return raw as T;
}

/** An optional email address (one recipient, `a@b.example`). */
function email(env: Env, name: string): string | null {
  const value = text(env, name);
  if (value === undefined) return null;
  if (!/^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$/.test(value))
    throw new ConfigError(`${name} is not an email address`);
  return value;
}

export const DEV_SMTP_URL = 'smtp://127.0.0.1:1025';

function directory(env: Env, name: string, fallback: string): string {
  const value = text(env, name) ?? fallback;
  if (value.includes('\0')) throw new ConfigError(`${name} is not a valid path`);
  return resolve(value);
}

function timeZone(env: Env, name: string, fallback: string): string {
  const value = text(env, name) ?? fallback;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
  } catch {
    throw new ConfigError(`${name} is not a time zone (e.g. Europe/London)`);
  }
  return value;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(
    env,
    'NODE_ENV',
    ['production', 'development', 'test'] as const,
    'development',
  );
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const metricsPort = text(env, 'METRICS_PORT') ? integer(env, 'METRICS_PORT', 0, 1, 65535) : null;
  if (metricsPort === port) throw new ConfigError('METRICS_PORT must differ from PORT');
  const queuePrefix = text(env, 'QUEUE_PREFIX') ?? 'cordon';
  // in braces ({cordon}): a Redis Cluster hash tag, every queue's keys in one slot as BullMQ needs
  if (!/^(?:[A-Za-z0-9_.-]{1,64}|\{[A-Za-z0-9_.-]{1,62}\})$/.test(queuePrefix)) {
    throw new ConfigError(
      'QUEUE_PREFIX may hold only letters, digits, _ . - (at most 64), or those in braces',
    );
  }

  const jwtSecret = text(env, 'JWT_SECRET');
  if (nodeEnv === 'production' && !jwtSecret) {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  }
  if (jwtSecret && jwtSecret.length < 16)
    throw new ConfigError('JWT_SECRET must be at least 16 characters');

  const adminEmail = text(env, 'ADMIN_EMAIL');
  const adminPassword = text(env, 'ADMIN_PASSWORD');
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError(
      `${adminEmail ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'} is required when the other is set`,
    );
  }
  if (adminEmail && !/^[^@\s]+@[^@\s]+$/.test(adminEmail))
    throw new ConfigError('ADMIN_EMAIL is not an email address');
  if (adminPassword && adminPassword.length < 8)
    throw new ConfigError('ADMIN_PASSWORD must be at least 8 characters');

  const smtpUrl = text(env, 'SMTP_URL');
  const catcherPort = integer(env, 'MAIL_CATCHER_PORT', 1025, 1, 65535);
  const smtp = {
    url: smtpUrl
      ? url(env, 'SMTP_URL', '', ['smtp', 'smtps'])
      : DEV_SMTP_URL.replace(':1025', `:${catcherPort}`),
    from: text(env, 'MAIL_FROM') ?? 'Cordon <cordon@localhost>',
    isDevelopmentCatcher: !smtpUrl,
    maxConnections: integer(env, 'SMTP_MAX_CONNECTIONS', 5, 1, 100),
    maxRequeues: integer(env, 'SMTP_MAX_REQUEUES', 1, 0, 10),
    maxMessages: integer(env, 'SMTP_MAX_MESSAGES', 100, 1, 100_000),
    timeoutMs: integer(env, 'SMTP_TIMEOUT_MS', 30_000, 1_000, 600_000),
    perSecond: integer(env, 'EMAIL_PER_SECOND', 0, 0, 10_000) || null,
  };
  if (!smtpUrl && nodeEnv === 'production')
    throw new ConfigError('SMTP_URL is required when NODE_ENV=production');

  const sid = text(env, 'TWILIO_ACCOUNT_SID');
  const token = text(env, 'TWILIO_AUTH_TOKEN');
  const twilioFrom = text(env, 'TWILIO_FROM');
  let twilio: AppConfig['twilio'] = null;
  if (sid || token || twilioFrom) {
    if (!sid)
      throw new ConfigError('TWILIO_ACCOUNT_SID is required when any TWILIO_ variable is set');
    if (!sid.startsWith('AC')) throw new ConfigError('TWILIO_ACCOUNT_SID must start with AC');
    if (!token)
      throw new ConfigError('TWILIO_AUTH_TOKEN is required when TWILIO_ACCOUNT_SID is set');
    if (!twilioFrom)
      throw new ConfigError('TWILIO_FROM is required when TWILIO_ACCOUNT_SID is set');
    const base = text(env, 'TWILIO_API_BASE_URL');
    twilio = {
      accountSid: sid,
      authToken: token,
      from: twilioFrom,
      apiBaseUrl: base ? url(env, 'TWILIO_API_BASE_URL', '', ['http', 'https']) : null,
    };
  }

  const oidc = oidcConfig(env);
  return {
    nodeEnv,
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/cordon', [
      'postgres',
      'postgresql',
    ]),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379/0', ['redis', 'rediss']),
    redisCluster: redisClusterNodes(env),
    queuePrefix,
    port,
    metricsPort,
    publicUrl: url(env, 'PUBLIC_URL', `http://localhost:${port}`, ['http', 'https']).replace(
      /\/+$/,
      '',
    ),
    jwtSecret: jwtSecret ?? randomBytes(32).toString('hex'),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    admin:
      adminEmail && adminPassword
        ? { email: adminEmail.toLowerCase(), password: adminPassword }
        : null,
    smtp,
    twilio,
    sms: {
      perSecond: integer(env, 'SMS_PER_SECOND', 10, 1, 10_000),
      timeoutMs: integer(env, 'TWILIO_TIMEOUT_MS', 15_000, 1_000, 120_000),
    },
    comms: {
      emailConcurrency: integer(env, 'EMAIL_CONCURRENCY', 10, 1, 200),
      smsConcurrency: integer(env, 'SMS_CONCURRENCY', 10, 1, 200),
      sendAttempts: integer(env, 'SEND_ATTEMPTS', 8, 1, 50),
      sendBackoffMs: integer(env, 'SEND_BACKOFF_MS', 2_000, 10, 600_000),
      ackEscalationMinutes: integer(env, 'ACK_ESCALATION_MINUTES', 30, 1, 7 * 24 * 60),
      scanSeconds: integer(env, 'COMMS_SCAN_SECONDS', 30, 1, 3_600),
      queueLockMs: integer(env, 'QUEUE_LOCK_MS', 30_000, 1_000, 600_000),
      queueStalledIntervalMs: integer(env, 'QUEUE_STALLED_INTERVAL_MS', 30_000, 1_000, 600_000),
      timeZone: timeZone(env, 'COMMS_TIME_ZONE', 'Europe/London'),
    },
    mailDir: directory(env, 'MAIL_DIR', 'tmp/mail'),
    smsDir: directory(env, 'SMS_DIR', 'tmp/sms'),
    detectionApiKey: text(env, 'DETECTION_API_KEY') ?? null,
    warpEmail: email(env, 'WARP_EMAIL'),
    login: {
      perMinute: integer(env, 'LOGIN_RATE_PER_MINUTE', 10, 1, 10_000),
      freeFailures: integer(env, 'LOGIN_FREE_FAILURES', 3, 1, 100),
      maxDelaySeconds: integer(env, 'LOGIN_MAX_DELAY_SECONDS', 300, 1, 3_600),
      accountFailures: integer(env, 'LOGIN_ACCOUNT_FAILURES', 50, 1, 100_000),
      windowMinutes: integer(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    },
    security: securityConfig(env),
    oidc,
    localLogin: localLoginMode(env, oidc),
    ldap: ldapConfig(env),
    consoleDir: text(env, 'CONSOLE_DIR') ?? null,
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
  };
}
