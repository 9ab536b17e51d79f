// Starting Cordon's production builds for a bench: their environment, waiting for the
// api to answer, and logging in as the bench's admin.
import { randomBytes } from 'node:crypto';

export const BENCH_ADMIN = { email: 'bench@council.example', password: 'bench-password' };

/**
 * The environment of an api or worker process of a bench: test mode on the bench's
 * scratch database, a queue prefix of its own, the bench admin, errors only in the log.
 */
export function benchEnv(
  databaseUrl: string,
  port: number,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    QUEUE_PREFIX: `bench_${randomBytes(3).toString('hex')}`,
    JWT_SECRET: randomBytes(24).toString('hex'),
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    LOG_LEVEL: 'error',
    ...extra,
  };
}

/** Resolves once `GET /api/v1/health` answers 2xx. */
export async function waitForHealth(url: string): Promise<void> {
  const ok = () =>
    fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
  while (!(await ok())) await new Promise((r) => setTimeout(r, 100));
}

/** Logs in (the bench admin unless told otherwise): the access token and the user's id. */
export async function benchLogin(
  url: string,
  who: { email: string; password: string } = BENCH_ADMIN,
): Promise<{ accessToken: string; user: { id: string } }> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  if (!res.ok) throw new Error(`login as ${who.email}: ${res.status}`);
  return (await res.json()) as { accessToken: string; user: { id: string } };
}
