import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/**
 * Builds the console (vite) into a folder of this test file's own, so a browser test
 * runs against what the sources say now, never a stale dist/. About 3 s.
 */
export function buildConsole(): string {
  const out = mkdtempSync(join(root, 'tmp', 'console-e2e-'));
  const res = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    [
      'build',
      '--config',
      'apps/console/vite.config.mts',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    // jest runs with NODE_ENV=test, which would give React's development build
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (res.status !== 0 || !existsSync(join(out, 'index.html')))
    throw new Error(`console build failed: ${res.stderr || res.stdout}`);
  return out;
}
