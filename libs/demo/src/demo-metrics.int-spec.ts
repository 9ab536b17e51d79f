import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { EventView } from '@cordon/contracts';
import { buildMetrics } from '@cordon/domain';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { DEMO_BASELINE } from './council';
import { generateDemoCouncil } from './generate';
import { seedDemoCouncil } from './seed';
import { DemoSeedModule } from './seed.module';

/**
 * The metrics' start-of-incident figures on the demo: the machines of the LANs the demo
 * incident plans, as generated (before any cleanup), counted plainly against the demo's
 * standard build, equal what `lan.planned` recorded and the metrics sum.
 */
describe('the demo incident in the metrics', () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [DemoSeedModule.forRoot(testConfig(db.url))],
    }).compile();
    app = await moduleRef.init();
    await seedDemoCouncil(app);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('counts the machines without anti-virus, with old signatures and short of patches when planned', async () => {
    const dataSource = app!.get(DataSource);
    const [{ id }] = await dataSource.query(`SELECT id FROM incidents`);
    const rows: (Omit<EventView, 'at'> & { at: Date })[] = await dataSource.query(
      `SELECT seq, at, type, actor, data FROM events WHERE stream = $1 ORDER BY seq`,
      [`incident:${id}`],
    );
    const events = rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    const planned = new Set(
      events.filter((e) => e.type === 'lan.planned').map((e) => String(e.data['code'])),
    );

    const [, ...lines] = generateDemoCouncil().devicesCsv.trim().split('\n');
    const expected = {
      devices: 0,
      noAntivirus: 0,
      avOutOfDate: 0,
      missingPatches: 0,
      belowStandardBuild: 0,
    };
    for (const line of lines) {
      const [, , , lan, , , patches, avProduct, avDate] = line.split(',');
      if (!planned.has(lan)) continue;
      const noAv = !avProduct;
      const old = !noAv && (!avDate || avDate < DEMO_BASELINE.minAvSignatureDate);
      const missing = DEMO_BASELINE.requiredPatches.some((p) => !patches.split(';').includes(p));
      expected.devices += 1;
      if (noAv) expected.noAntivirus += 1;
      if (old) expected.avOutOfDate += 1;
      if (missing) expected.missingPatches += 1;
      if (noAv || old || missing) expected.belowStandardBuild += 1;
    }

    const metrics = buildMetrics([{ incidentId: id, events }], new Date().toISOString());
    expect(metrics.perIncident[0].startCompliance).toEqual(expected);
    expect(expected.noAntivirus).toBeGreaterThan(0);
    expect(expected.avOutOfDate).toBeGreaterThan(0);
    expect(expected.belowStandardBuild).toBeGreaterThan(expected.noAntivirus);
  });
});
