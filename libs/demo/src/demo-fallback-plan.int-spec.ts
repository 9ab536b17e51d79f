import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { DEMO_MAIL_SCANNING } from './demo-fallback-plan';
import { seedDemoCouncil } from './seed';
import { DemoSeedModule } from './seed.module';

describe('the demo’s mail-scanning fall-back plan', () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [DemoSeedModule.forRoot(testConfig(db.url))],
    }).compile();
    app = await moduleRef.init();
    await seedDemoCouncil(app);
    await seedDemoCouncil(app);
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('is recorded once, on the Windows 2000 server, with its standby and the owner deciding', async () => {
    const rows = await app!.get(DataSource).query(
      `SELECT s.name, s.steps, s.version, d.hostname AS server, d.os, sb.hostname AS standby, u.email AS decider
       FROM critical_services s
       JOIN critical_service_servers cs ON cs.service_id = s.id JOIN devices d ON d.id = cs.device_id
       JOIN devices sb ON sb.id = s.standby_device_id JOIN users u ON u.id = s.decider_id`,
    );
    expect(rows).toEqual([
      {
        name: 'Mail scanning',
        steps: DEMO_MAIL_SCANNING.steps,
        version: 1,
        server: 'cit-ngate-srv-001',
        os: 'Windows 2000 Server SP4',
        standby: 'cit-hall-srv-002',
        decider: 'owner@council.example',
      },
    ]);
    const events = await app!
      .get(DataSource)
      .query(`SELECT type FROM events WHERE stream LIKE 'critical-service:%'`);
    expect(events).toEqual([{ type: 'critical_service.created' }]);
  });
});
