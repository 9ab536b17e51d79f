#!/usr/bin/env node
// Runs a TypeScript entry (migrations, seeds, checks) straight from source with SWC,
// honouring tsconfig paths and decorator metadata.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const [entry, ...args] = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', join(root, entry), ...args],
  {
    cwd: process.cwd(),
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
  },
);
process.exit(result.status ?? 1);
