#!/usr/bin/env node
// npm run dev: migrations, then api and worker straight from the TypeScript sources,
// restarted when a file changes (node --watch), and the console from Vite's dev server
// with hot reload on CONSOLE_DEV_PORT (4200), proxying /api and /socket.io to the api.
// Ctrl-C stops all three.
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
      '--watch-path=apps/api',
      '--watch-path=apps/worker',
      '--watch-path=libs',
      '-r',
      '@swc-node/register',
      `apps/${name}/src/main.ts`,
    ],
    { cwd: root, env, stdio: 'inherit' },
  ),
);
const port = process.env.PORT ?? '3000';
children.push(
  spawn(
    join(root, 'node_modules/.bin/vite'),
    ['--config', 'apps/console/vite.config.mts', '--strictPort'],
    { cwd: root, env: { ...env, CORDON_API_URL: `http://127.0.0.1:${port}` }, stdio: 'inherit' },
  ),
);
process.stdout.write(
  `\nCordon (dev): console with hot reload at http://localhost:${process.env.CONSOLE_DEV_PORT ?? 4200}, api at http://localhost:${port}\n\n`,
);
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
let left = children.length;
children.forEach((c) => c.on('exit', () => --left === 0 && process.exit(0)));
