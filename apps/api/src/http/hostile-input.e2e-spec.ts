import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startCampaignWorld, CampaignWorld, MS03_026 } from '../testing/campaign-world';
import { resolver, Resolve, Schema } from '../testing/fuzz-arbitraries';
import {
  casesFor,
  checksum,
  fault,
  FuzzCase,
  FuzzOperation,
  pool,
  send,
} from '../testing/fuzz-runner';
import { as } from '../testing/incident-fixture';

/**
 * Property-based hostile input over every operation of the OpenAPI document that reads a
 * body or a query string (docs/hostile-input.md). FUZZ_RUNS cases per operation (1,000 by
 * default), FUZZ_SEED to replay, as an admin who also owns the incident so validation,
 * not authorisation, is what answers. Only 2xx or 4xx problem+json, never 500 or a hang;
 * the cases built to be refused are all 4xx and leave every table as it was.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260315);
const POOL = Number(process.env.FUZZ_POOL ?? 8);
const TIMEOUT_MS = 10_000;

jest.setTimeout(15 * 60_000);

interface Doc {
  paths: Record<
    string,
    Record<string, { operationId: string; parameters?: Param[]; requestBody?: Body }>
  >;
  components: { schemas: Record<string, Schema> };
}
interface Param {
  in: string;
  name: string;
  schema: Schema;
}
interface Body {
  content: Record<string, { schema: Schema }>;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

function fuzzable(doc: Doc): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, op]) => {
      const query = (op.parameters ?? []).filter((p) => p.in === 'query');
      const [type, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      if (!query.length && !type) return [];
      return [
        {
          method: method.toUpperCase(),
          path,
          operationId: op.operationId,
          query: query.map((p) => ({ name: p.name, schema: p.schema ?? {} })),
          body: type ? { type, schema: media!.schema } : undefined,
        },
      ];
    }),
  );
}

describe('hostile input over every body and query string of the OpenAPI document', () => {
  let world: CampaignWorld;
  let ds: DataSource;
  let token: string;
  let ops: FuzzOperation[];
  let resolve: Resolve;
  const rowIds: Record<string, string> = {};
  const stats: string[] = [];

  /** Real rows for the path's ids: the incident, its task, broadcast, campaign and so on. */
  function concrete(path: string): string {
    return path.replace(/\/([a-z-]+)\/\{(\w+)\}/g, (_, segment: string, name: string) => {
      const key = name === 'id' ? segment : name;
      return `/${segment}/${rowIds[key] ?? randomUUID()}`;
    });
  }

  beforeAll(async () => {
    world = await startCampaignWorld();
    ds = world.api.app.get(DataSource);
    const fuzzer = await world.api.login(['admin', 'owner'], { name: 'Fuzz Admin' });
    token = fuzzer.token;
    const f = as(world.api, token);
    const incident = await f
      .post('incidents', {
        title: 'Fuzz',
        severity: 2,
        summary: 'hostile input',
        ownerId: fuzzer.id,
      })
      .expect(201);
    const lan = world.council.lans['SOC-HALL'];
    await f.post(`incidents/${incident.body.id}/lans`, { lanIds: [lan] }).expect(201);
    await f
      .post(`incidents/${incident.body.id}/lans/${lan}/transitions`, {
        to: 'shut_down',
        taskDueAt: '2030-01-01T00:00:00Z',
      })
      .expect(200);
    const advisory = await f.post('advisories', MS03_026).expect(201);
    const campaign = await f.post('campaigns', { advisoryId: advisory.body.id }).expect(201);
    const [task] = (await f.get(`tasks?incidentId=${incident.body.id}`).expect(200)).body.items;
    const broadcast = await world.api
      .http()
      .post(`/api/v1/incidents/${incident.body.id}/broadcasts`)
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'fuzz-seed')
      .send({ audience: { all: true }, channels: ['email'], subject: 's', body: 'b' })
      .expect(202);
    Object.assign(rowIds, {
      incidents: incident.body.id,
      advisories: advisory.body.id,
      campaigns: campaign.body.id,
      tasks: task.id,
      broadcasts: broadcast.body.id,
      'critical-services': world.mailServiceId,
      deviceId: world.device['soc-pc-1'],
      lanId: lan,
    });
    const doc = (await world.api.http().get('/api/docs-json').expect(200)).body as Doc;
    resolve = resolver(doc.components.schemas);
    ops = fuzzable(doc);
  });

  afterAll(async () => {
    if (stats.length) console.log(stats.join('\n'));
    await world?.api.close();
  });

  async function run(op: FuzzOperation, cases: FuzzCase[]) {
    const path = concrete(op.path);
    const answers = await pool(cases, POOL, (c) =>
      send(world.api.url, token, op, path, c, TIMEOUT_MS),
    );
    const faults = cases.flatMap((c, i) => {
      const why = fault(c, answers[i]);
      return why
        ? [
            `${op.method} ${op.path} [${c.kind}] ${c.query.slice(0, 200)} ${String(c.body ?? '').slice(0, 200)} → ${why.slice(0, 300)}`,
          ]
        : [];
    });
    const by = answers.reduce<Record<number, number>>(
      (acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }),
      {},
    );
    return { faults, by };
  }

  it('covers the operations that read input', () => {
    expect(ops.length).toBeGreaterThan(40);
    expect(
      ops
        .filter((o) => o.body?.type === 'text/csv')
        .map((o) => o.path)
        .sort(),
    ).toEqual(['/api/v1/devices/import', '/api/v1/staff/import']);
  });

  it('refuses every request built to be invalid with a 4xx problem, and writes nothing', async () => {
    const before = await checksum(ds);
    const started = Date.now();
    const cpu = process.cpuUsage();
    const faults: string[] = [];
    let total = 0;
    for (const [i, op] of ops.entries()) {
      const cases = casesFor(op, resolve, Object.values(rowIds), RUNS, SEED + i).filter(
        (c) => c.mustRefuse,
      );
      total += cases.length;
      faults.push(...(await run(op, cases)).faults);
    }
    stats.push(
      `refusals: ${total} cases over ${ops.length} operations in ${Date.now() - started} ms (${cpuMs(cpu)} ms CPU here)`,
    );
    expect(faults.slice(0, 20)).toEqual([]);
    expect(await checksum(ds)).toEqual(before);
  });

  it('answers every mixed request 2xx or 4xx problem+json, never 500 or a hang', async () => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    const faults: string[] = [];
    for (const [i, op] of ops.entries()) {
      const t0 = Date.now();
      const before = await checksum(ds);
      const cases = casesFor(op, resolve, Object.values(rowIds), RUNS, SEED + i).filter(
        (c) => !c.mustRefuse,
      );
      const result = await run(op, cases);
      faults.push(...result.faults);
      const wrote = Object.keys(result.by).some((s) => Number(s) < 300);
      // a run that only refused must have written nothing
      if (!wrote) expect(await checksum(ds)).toEqual(before);
      stats.push(
        `${op.method} ${op.path}: ${cases.length} mixed cases (+ the refusals: ${RUNS} in all), ${Date.now() - t0} ms, ${JSON.stringify(result.by)}`,
      );
    }
    stats.push(`mixed: ${Date.now() - started} ms (${cpuMs(cpu)} ms CPU here)`);
    expect(faults.slice(0, 20)).toEqual([]);
  });
});
