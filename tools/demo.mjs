#!/usr/bin/env node
// npm run demo: the first Quick start command. Installs if needed, migrates and loads
// the demo council and its Welchia incident in progress into DATABASE_URL (idempotent),
// prints the demo logins, then runs Cordon (api + worker) in the foreground until Ctrl-C,
// printing the logins again once the api answers.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// the seed's output passes through; its logins table (printed last) is kept to be
// printed again once Cordon answers, below the services' startup lines
const seed = spawn(process.execPath, [join(root, 'tools/run-ts.mjs'), 'tools/seed-demo.ts'], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
});
let seedOutput = '';
seed.stdout.setEncoding('utf8');
seed.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  seedOutput += chunk;
});
const [status] = await once(seed, 'close'); // after its output is read to the end
if (status !== 0) process.exit(status ?? 1);
const tableAt = seedOutput.lastIndexOf('Demo logins');
const logins = tableAt >= 0 ? seedOutput.slice(tableAt).trimEnd() : '';

const port = process.env.PORT ?? '3000';
process.stdout.write(`\nStarting Cordon on http://localhost:${port} ...\n\n`);
const start = spawn(process.execPath, [join(root, 'tools/start.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...(logins ? { CORDON_DEMO_LOGINS: logins } : {}) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => start.kill('SIGTERM'));
start.on('exit', (code) => process.exit(code ?? 0));
