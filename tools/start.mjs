#!/usr/bin/env node
// npm start: the production build of api + worker in the foreground (built first if
// missing). SIGTERM/SIGINT stop both gracefully; if either dies, the other is stopped.
// Once the api answers /api/v1/health it prints where Cordon is, and the demo logins
// when `npm run demo` passed them (CORDON_DEMO_LOGINS) or where to find them.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(join(root, 'node_modules', '.package-lock.json')))
  run('npm', ['ci', '--no-audit', '--no-fund']);
const outputs = [
  'dist/apps/api/main.js',
  'dist/apps/worker/main.js',
  'dist/apps/console/index.html',
];
if (!outputs.every((f) => existsSync(join(root, f)))) {
  run(join(root, 'node_modules/.bin/nx'), [
    'run-many',
    '-t',
    'build',
    '-p',
    'api',
    'worker',
    'console',
    '--output-style=static',
  ]);
}

const { CORDON_DEMO_LOGINS: demoLogins, ...inherited } = process.env;
const env = {
  ...inherited,
  CONSOLE_DIR: process.env.CONSOLE_DIR ?? join(root, 'dist/apps/console'),
};
// One secret for every process of this start, when none is configured (development only:
// in production the api refuses to start without JWT_SECRET).
if (!env.JWT_SECRET && env.NODE_ENV !== 'production')
  env.JWT_SECRET = randomBytes(32).toString('hex');

const children = ['api', 'worker'].map((name) => {
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', join(root, `dist/apps/${name}/main.js`)],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  return { name, child, exited: null };
});

let stopping = false;
let exitCode = 0;
const stopAll = (signal) => {
  if (stopping) return;
  stopping = true;
  for (const { child, exited } of children) if (exited === null) child.kill(signal);
  setTimeout(() => {
    for (const { child, exited } of children) if (exited === null) child.kill('SIGKILL');
    process.exit(1);
  }, 9_500).unref();
};

for (const entry of children) {
  entry.child.on('exit', (code, signal) => {
    entry.exited = code ?? (signal ? 1 : 0);
    if (!stopping) {
      process.stderr.write(`cordon: ${entry.name} exited (${code ?? signal}); stopping\n`);
      exitCode = entry.exited || 1;
      stopAll('SIGTERM');
    } else if (entry.exited !== 0) {
      exitCode = entry.exited;
    }
    if (children.every((c) => c.exited !== null)) process.exit(exitCode);
  });
}
// The last words of startup, after the services' own log lines: where to go, who to be.
const port = env.PORT || '3000';
const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
const announceWhenReady = async () => {
  for (let waited = 0; !stopping && waited < 180_000; waited += 500) {
    const healthy = await fetch(`http://127.0.0.1:${port}/api/v1/health`, {
      signal: AbortSignal.timeout(1_000),
    }).then(
      (res) => res.ok,
      () => false,
    );
    if (stopping) return;
    if (healthy) {
      const logins = demoLogins
        ? `${demoLogins.trimEnd()}\n`
        : env.NODE_ENV === 'production'
          ? ''
          : 'Demo logins: `npm run seed:demo` loads the demo council and prints them (the README lists them too).\n';
      process.stdout.write(
        `\nCordon is ready: ${publicUrl}  (API docs ${publicUrl}/api/docs, staff status page ${publicUrl}/status)\n\n${logins}\n`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};
announceWhenReady();

process.on('SIGTERM', () => stopAll('SIGTERM'));
process.on('SIGINT', () => stopAll('SIGTERM'));
process.on('SIGHUP', () => stopAll('SIGTERM'));
// npm exits on SIGTERM without passing it on to its script: when our parent goes away
// we are re-parented, and treat that as the stop signal.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stopAll('SIGTERM');
}, 200).unref();
