import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { databaseUrl, freePort, withServer, workspaceRoot } from '@cordon/platform/testing';

/**
 * The contract's commands as an operator runs them: on an empty database,
 * `npm run migrate` then `npm start`; health within 30 s; the bootstrap admin logs in;
 * SIGTERM stops everything within 10 s.
 */
const root = workspaceRoot();
const databases: string[] = [];

async function freshEnv(): Promise<NodeJS.ProcessEnv & { PORT: string }> {
  const name = `cordon_t_${Math.floor(Date.now() / 1000)}_start_${randomBytes(3).toString('hex')}`;
  databases.push(name);
  // a clean environment, as an operator's shell has (no npm_* variables of `npm test`)
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)),
  );
  return {
    ...inherited,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl(name),
    PORT: String(await freePort()),
    QUEUE_PREFIX: `t_start_${randomBytes(3).toString('hex')}`,
    ADMIN_EMAIL: 'chief@council.example',
    ADMIN_PASSWORD: 'a-long-admin-password',
    LOG_LEVEL: 'info',
  };
}

function descendants(pid: number): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [p, pp] of rows) {
      if (pp === parent) {
        found.push(p);
        walk(p);
      }
    }
  };
  walk(pid);
  return found;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function untilHealthy(port: string, child: ChildProcess): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < 30_000 && child.exitCode === null) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('npm run migrate && npm start', () => {
  const running: ChildProcess[] = [];

  beforeAll(() => {
    const build = spawnSync(
      join(root, 'node_modules/.bin/nx'),
      ['run-many', '-t', 'build', '-p', 'api', 'worker', 'console', '--output-style=static'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  }, 180_000);

  afterAll(async () => {
    for (const child of running)
      if (child.pid)
        for (const pid of [child.pid, ...descendants(child.pid)])
          if (alive(pid)) process.kill(pid, 'SIGKILL');
    await withServer(async (c) => {
      for (const name of databases) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  });

  it('migrates an empty database, serves health and the admin, and leaves nothing running after SIGTERM', async () => {
    const env = await freshEnv();
    const migrate = spawnSync('npm', ['run', 'migrate'], { cwd: root, env, encoding: 'utf8' });
    expect(migrate.stdout).toMatch(/migrations applied/);
    expect(migrate.status).toBe(0);

    const child = spawn('npm', ['start'], { cwd: root, env, stdio: 'ignore' });
    running.push(child);
    expect(await untilHealthy(env.PORT, child)).toBe(true);

    const login = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chief@council.example', password: 'a-long-admin-password' }),
    });
    expect(login.status).toBe(200);

    const tree = [child.pid!, ...descendants(child.pid!)];
    expect(tree.length).toBeGreaterThanOrEqual(4); // npm, the start script, api, worker
    const stopAt = Date.now();
    child.kill('SIGTERM');
    while (tree.some(alive) && Date.now() - stopAt < 10_000)
      await new Promise((r) => setTimeout(r, 50));
    expect(tree.filter(alive)).toEqual([]);
    expect(Date.now() - stopAt).toBeLessThan(10_000);
  }, 120_000);

  it('stops api and worker gracefully and exits 0 on SIGTERM to the start script', async () => {
    const env = await freshEnv();
    expect(spawnSync('npm', ['run', 'migrate'], { cwd: root, env }).status).toBe(0);
    const child = spawn(process.execPath, [join(root, 'tools/start.mjs')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    expect(await untilHealthy(env.PORT, child)).toBe(true);

    const stopAt = Date.now();
    const exited = new Promise<number | null>((resolve) =>
      child.once('close', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - stopAt).toBeLessThan(10_000);
    expect(output).toMatch(/"api stopped"/);
    expect(output).toMatch(/"worker stopped"/);
    expect(output).not.toMatch(/did not stop within/);
  }, 120_000);

  it('stops a worker gracefully when told to while it is still starting', async () => {
    const env = await freshEnv();
    expect(spawnSync('npm', ['run', 'migrate'], { cwd: root, env }).status).toBe(0);
    const child = spawn(process.execPath, [join(root, 'dist/apps/worker/main.js')], {
      cwd: root,
      env: { ...env, MAIL_CATCHER_PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let output = '';
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.once('close', (code, signal) => resolve({ code, signal })),
    );
    let told = false;
    const tell = (d: Buffer) => {
      output += d;
      // Nest has begun building the worker: it is connecting, not yet running
      if (!told && output.includes('Starting Nest application')) {
        told = true;
        child.kill('SIGTERM');
      }
    };
    child.stdout?.on('data', tell);
    child.stderr?.on('data', (d) => (output += d));
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(told).toBe(true);
    expect(output).not.toMatch(/"worker running"/);
    expect(output).toMatch(/"worker stopped"/);
  }, 120_000);
});
