#!/usr/bin/env node
// npm run demo: the first Quick start command. Installs if needed, migrates and loads
// the demo council into DATABASE_URL (idempotent), prints the demo logins, then runs
// Cordon (api + worker) in the foreground until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = spawnSync(process.execPath, [join(root, 'tools/run-ts.mjs'), 'tools/seed-demo.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (seed.status !== 0) process.exit(seed.status ?? 1);

const port = process.env.PORT ?? '3000';
process.stdout.write(`\nCordon: http://localhost:${port}  (API docs at /api/docs)\n\n`);
const start = spawn(process.execPath, [join(root, 'tools/start.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => start.kill('SIGTERM'));
start.on('exit', (code) => process.exit(code ?? 0));
