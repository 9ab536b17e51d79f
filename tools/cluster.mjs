#!/usr/bin/env node
// npm run cluster: 2 api and 2 worker processes (--apis N --workers M) on one PostgreSQL
// and one Redis (DATABASE_URL, REDIS_URL), behind a round-robin balancer on PORT (3000)
// that passes websocket upgrades through. Migrates first (--no-migrate to skip); runs the
// production build (built first if missing), or the sources with --runner source.
// Ctrl-C stops every process. The logic is libs/platform/src/testing/cluster.ts (Cluster), which tests reuse.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fromSource = args.some(
  (a, i) => a === '--runner=source' || (a === '--runner' && args[i + 1] === 'source'),
);
const outputs = [
  'dist/apps/api/main.js',
  'dist/apps/worker/main.js',
  'dist/apps/console/index.html',
];
if (!fromSource && !outputs.every((f) => existsSync(join(root, f)))) {
  const build = spawnSync(
    join(root, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '-p', 'api', 'worker', 'console', '--output-style=static'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const child = spawn(
  process.execPath,
  ['-r', '@swc-node/register', join(root, 'tools/cluster/cli.ts'), ...args],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
  },
);
// Ctrl-C reaches the whole foreground group; a SIGTERM to this launcher is passed on
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
