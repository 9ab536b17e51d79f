#!/usr/bin/env node
// npm run dev: migrations, then api and worker straight from the TypeScript sources,
// restarted when a file changes (node --watch). Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const migrate = spawnSync(process.execPath, [join(root, 'tools/run-ts.mjs'), 'tools/migrate.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const env = {
  ...process.env,
  SWC_NODE_PROJECT: join(root, 'tsconfig.base.json'),
  JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
};
const children = ['api', 'worker'].map((name) =>
  spawn(
    process.execPath,
    [
      '--watch-path=apps',
      '--watch-path=libs',
      '-r',
      '@swc-node/register',
      `apps/${name}/src/main.ts`,
    ],
    { cwd: root, env, stdio: 'inherit' },
  ),
);
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
let left = children.length;
children.forEach((c) => c.on('exit', () => --left === 0 && process.exit(0)));
