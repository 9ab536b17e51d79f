// node tools/run-ts.mjs bench/import-staff.ts
// Imports the demo council's 3,000-line staff CSV through the HTTP API of an api started
// in this process, on a scratch database beside DATABASE_URL (dropped afterwards), and
// prints how long each import took as the client saw it.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DEMO_DEPARTMENTS, DEMO_SITES, generateDemoCouncil } from '@cordon/demo';
import { AppLogger, loadConfig } from '@cordon/platform';
import { createApi } from '../apps/api/src/bootstrap';
import { createScratchDatabase } from '../tools/db/data-source';

const RUNS = 5;

async function main(): Promise<void> {
  const base = loadConfig();
  const scratch = await createScratchDatabase(base.databaseUrl, 'cordon_bench');
  const url = new URL(scratch.url);

  const admin = { email: 'bench-admin@council.example', password: 'bench-password-1' };
  const config = {
    ...base,
    databaseUrl: url.toString(),
    queuePrefix: `bench_${randomBytes(4).toString('hex')}`,
    admin,
    logLevel: 'error' as const,
  };
  let app: INestApplication | undefined;
  try {
    app = await createApi(config, new AppLogger('bench', 'error', () => undefined));
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const api = `http://127.0.0.1:${port}/api/v1`;
    const login = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const post = async (path: string, body: object): Promise<string> => {
      const res = await fetch(`${api}/${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    };

    const council = generateDemoCouncil();
    const departments = new Map<string, string>();
    const sites = new Map<string, string>();
    for (const d of DEMO_DEPARTMENTS)
      departments.set(d.code, await post('departments', { code: d.code, name: d.name }));
    for (const s of DEMO_SITES)
      sites.set(s.code, await post('sites', { code: s.code, name: s.name }));
    for (const l of council.lans) {
      await post('lans', {
        code: l.code,
        name: l.name,
        siteId: sites.get(l.site),
        departmentId: departments.get(l.department),
        cidr: l.cidr,
      });
    }

    const lines = council.staffCsv.trimEnd().split('\n').length - 1;
    const importOnce = async (): Promise<{
      ms: number;
      body: { created: number; updated: number; rejected: unknown[] };
    }> => {
      const started = performance.now();
      const res = await fetch(`${api}/staff/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
        body: council.staffCsv,
      });
      const body = (await res.json()) as { created: number; updated: number; rejected: unknown[] };
      const ms = performance.now() - started;
      if (res.status !== 200) throw new Error(`import: ${res.status} ${JSON.stringify(body)}`);
      return { ms, body };
    };

    const out = process.stdout;
    out.write(
      `staff CSV import through POST /api/v1/staff/import: ${lines} lines, ${council.staffCsv.length} bytes\n`,
    );
    const first = await importOnce();
    out.write(
      `  first import (creates):  ${first.ms.toFixed(0)} ms  created=${first.body.created} updated=${first.body.updated} rejected=${first.body.rejected.length}\n`,
    );
    const updates: number[] = [];
    for (let i = 0; i < RUNS; i++) updates.push((await importOnce()).ms);
    updates.sort((a, b) => a - b);
    out.write(
      `  re-import (updates), ${RUNS} runs: median ${updates[Math.floor(RUNS / 2)].toFixed(0)} ms, max ${updates[RUNS - 1].toFixed(0)} ms\n`,
    );
    const ok = first.ms < 2000 && updates[RUNS - 1] < 2000;
    out.write(`  ${ok ? 'PASS' : 'FAIL'}: every import of ${lines} lines under 2000 ms\n`);
    if (!ok) process.exitCode = 1;
  } finally {
    await app?.close();
    await scratch.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench import-staff: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
