// node tools/run-ts.mjs bench/console-size.ts
// What a phone downloads for the staff status page, and a desktop for the console: builds
// the console, serves it from the api (compression on, as in production) on a scratch
// database, fetches each page and every script, stylesheet and preload it names, and
// prints the bytes on the wire (gzip) and uncompressed, against the budgets in the README.
import 'reflect-metadata';
import { request } from 'node:http';
import { rmSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { AppLogger, loadConfig } from '@cordon/platform';
import { createApi } from '../apps/api/src/bootstrap';
import { buildConsole } from '../apps/api/src/testing/console-build';
import { createScratchDatabase } from '../tools/db/data-source';

/** Budgets (gzip, bytes on the wire): the README states them. */
const BUDGETS: Record<string, number> = { '/status': 30 * 1024, '/': 200 * 1024 };

function get(url: string): Promise<{ wire: number; body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { 'accept-encoding': 'gzip', accept: 'text/html,*/*' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          const body = encoding === 'gzip' ? require('node:zlib').gunzipSync(wire) : wire;
          resolve({ wire: wire.length, body, encoding });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The assets a page loads before it can show anything: scripts, stylesheets, preloads. */
function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
    if (m[0].startsWith('<link') && !/rel="(stylesheet|modulepreload)"/.test(m[0])) continue;
    found.add(m[1]);
  }
  return [...found];
}

async function main(): Promise<void> {
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const consoleDir = buildConsole();
  let app: INestApplication | null = null;
  let over = false;
  try {
    app = await createApi(
      { ...base, databaseUrl: scratch.url, consoleDir, logLevel: 'error' },
      new AppLogger('api', 'error', () => undefined),
    );
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const origin = `http://127.0.0.1:${port}`;
    for (const page of ['/status', '/']) {
      const html = await get(origin + page);
      const rows = [{ path: page, ...html }];
      for (const asset of assetsOf(html.body.toString('utf8')))
        rows.push({ path: asset, ...(await get(origin + asset)) });
      const wire = rows.reduce((s, r) => s + r.wire, 0);
      const raw = rows.reduce((s, r) => s + r.body.length, 0);
      const budget = BUDGETS[page];
      if (wire > budget) over = true;
      console.log(
        `\n${page === '/' ? 'console (/)' : 'status page (/status)'}: ${(wire / 1024).toFixed(1)} kB on the wire (gzip), ${(raw / 1024).toFixed(1)} kB uncompressed; budget ${(budget / 1024).toFixed(0)} kB ${wire > budget ? 'EXCEEDED' : 'ok'}`,
      );
      for (const r of rows)
        console.log(
          `  ${r.path.padEnd(48)} ${String(r.wire).padStart(8)} B ${r.encoding.padEnd(8)} ${String(r.body.length).padStart(8)} B`,
        );
    }
  } finally {
    await app?.close();
    await scratch.drop();
    rmSync(consoleDir, { recursive: true, force: true });
  }
  if (over) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
