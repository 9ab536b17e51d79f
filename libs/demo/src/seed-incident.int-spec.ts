import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { DEMO_BASELINE } from './council';
import { DemoSeedReport, seedDemoCouncil } from './seed';
import { seedDemoIncident } from './seed-incident';
import { DemoSeedModule } from './seed.module';
import { WELCHIA } from './welchia';

/** Migrating, loading the council and playing the incident: seconds, more on a busy machine. */
const SEED_TIMEOUT_MS = 120_000;

/** Everything the incident part writes, counted; a second seed must leave it all equal. */
const INCIDENT_COUNTS = `
  SELECT
    (SELECT count(*)::int FROM incidents) AS incidents,
    (SELECT count(*)::int FROM events WHERE stream LIKE 'incident:%') AS events,
    (SELECT count(*)::int FROM incident_lans) AS planned_lans,
    (SELECT string_agg(status || ':' || n, ',' ORDER BY status)
       FROM (SELECT status, count(*) AS n FROM tasks GROUP BY status) t) AS tasks,
    (SELECT count(*)::int FROM directives) AS directives,
    (SELECT count(acknowledged_at)::int FROM directive_departments) AS directive_acks,
    (SELECT count(*)::int FROM broadcasts) AS broadcasts,
    (SELECT count(*)::int FROM deliveries) AS deliveries,
    (SELECT count(acknowledged_at)::int FROM broadcast_recipients) AS broadcast_acks,
    (SELECT count(*)::int FROM detections) AS detections,
    (SELECT count(*)::int FROM outbox) AS outbox,
    (SELECT md5(string_agg(concat_ws('|', hostname, patches::text, av_product, av_signature_date, health), ','
                           ORDER BY hostname)) FROM devices) AS devices`;

describe(seedDemoIncident.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let dataSource: DataSource;
  let first: DemoSeedReport;
  let incidentId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [DemoSeedModule.forRoot(testConfig(db.url))],
    }).compile();
    app = await moduleRef.init();
    dataSource = app.get(DataSource);
    first = await seedDemoCouncil(app);
    incidentId = first.incident.id;
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('declares the Welchia incident, severity 1, hourly updates, owned by the demo owner', async () => {
    const [incident] = await dataSource.query(
      `SELECT i.title, i.severity, i.status, i.update_cadence_minutes AS cadence, u.email AS owner
       FROM incidents i JOIN users u ON u.id = i.owner_id WHERE i.id = $1`,
      [incidentId],
    );
    expect(incident).toEqual({
      title: WELCHIA.title,
      severity: 1,
      status: 'active',
      cadence: 60,
      owner: 'owner@council.example',
    });
    const events: { seq: number; type: string }[] = await dataSource.query(
      `SELECT seq::int, type FROM events WHERE stream = $1 ORDER BY seq`,
      [`incident:${incidentId}`],
    );
    expect(events[0].type).toBe('incident.created');
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set([
        'incident.created',
        'lan.planned',
        'directive.issued',
        'lan.phase_changed',
        'task.created',
        'broadcast.created',
        // staff on the two closed LANs without a mobile: listed to the owner, their ITUs told
        'broadcast.unreachable',
        'directive.acknowledged',
        'task.claimed',
        'task.completed',
        'broadcast.acknowledged',
        'broadcast.progress',
        'detection.recorded',
        'device.infected',
        'incident.update_posted',
      ]),
    );
    expect(events[events.length - 1].type).toBe('incident.update_posted');
  });

  it('has both departments’ LANs in the plan, two of them cleaning with progress part way', async () => {
    const plan = await dataSource.query(
      `SELECT l.code, il.phase FROM incident_lans il JOIN lans l ON l.id = il.lan_id
       WHERE il.incident_id = $1 ORDER BY l.code`,
      [incidentId],
    );
    expect(plan).toEqual(
      ['EDU-LIB', 'EDU-NGATE', 'EDU-PARK', 'SOC-ELM', 'SOC-HALL', 'SOC-PARK'].map((code) => ({
        code,
        phase: ['SOC-HALL', 'EDU-NGATE'].includes(code) ? 'cleaning' : 'planned',
      })),
    );
    for (const lan of first.incident.lans.filter((l) => l.phase === 'cleaning')) {
      expect(lan.verified).toBeGreaterThan(0);
      expect(lan.verified).toBeLessThan(lan.devices / 2);
    }
  });

  it('has one cleanup task per device on the cleaning LANs, some claimed and some done by the ITU', async () => {
    const tasks = await dataSource.query(
      `SELECT l.code, t.status, t.evidence, u.email AS done_by, c.email AS claimed_by,
              cd.code AS claimer_department, td.code AS department
       FROM tasks t JOIN lans l ON l.id = t.lan_id JOIN departments td ON td.id = t.department_id
       LEFT JOIN users u ON u.id = t.completed_by_id
       LEFT JOIN users c ON c.id = t.claimed_by_id LEFT JOIN departments cd ON cd.id = c.department_id
       WHERE t.incident_id = $1 AND t.kind = 'clean_device'`,
      [incidentId],
    );
    const [devices] = await dataSource.query(
      `SELECT count(*)::int AS n FROM devices v JOIN lans l ON l.id = v.lan_id
       WHERE l.code IN ('SOC-HALL', 'EDU-NGATE')`,
    );
    expect(tasks).toHaveLength(devices.n);
    for (const code of ['SOC-HALL', 'EDU-NGATE']) {
      const mine = tasks.filter((t: { code: string }) => t.code === code);
      const count = (status: string) =>
        mine.filter((t: { status: string }) => t.status === status).length;
      expect(count('open')).toBeGreaterThan(mine.length / 2);
      expect(count('claimed')).toBeGreaterThan(0);
      expect(count('done')).toBeGreaterThan(0);
    }
    for (const task of tasks.filter((t: { status: string }) => t.status !== 'open')) {
      expect(task.claimed_by).toBe(`itu.${task.department.toLowerCase()}@council.example`);
      expect(task.claimer_department).toBe(task.department);
    }
    const done = tasks.filter((t: { status: string }) => t.status === 'done');
    for (const task of done) {
      expect(task.done_by).toBe(task.claimed_by);
      expect(task.evidence.patches).toEqual(expect.arrayContaining(DEMO_BASELINE.requiredPatches));
      expect(task.evidence.avSignatureDate >= DEMO_BASELINE.minAvSignatureDate).toBe(true);
      expect(task.evidence.scanClean).toBe(true);
    }
    const verified = first.incident.lans.reduce((sum, l) => sum + l.verified, 0);
    expect(verified).toBe(done.length);
  });

  it('has the RPC patch directive to every department, acknowledged by half of them', async () => {
    const rows = await dataSource.query(
      `SELECT d.text, d.due_at > now() AS ahead, dep.code, r.acknowledged_at IS NOT NULL AS acked,
              u.email AS acked_by
       FROM directives d JOIN directive_departments r ON r.directive_id = d.id
       JOIN departments dep ON dep.id = r.department_id
       LEFT JOIN users u ON u.id = r.acknowledged_by_id
       WHERE d.incident_id = $1 ORDER BY dep.code`,
      [incidentId],
    );
    expect(rows).toHaveLength(6);
    expect(rows[0].text).toContain('RPC patch');
    expect(rows.every((r: { ahead: boolean }) => r.ahead)).toBe(true);
    expect(rows.filter((r: { acked: boolean }) => r.acked)).toEqual(
      ['EDU', 'FIN', 'SOC'].map((code) =>
        expect.objectContaining({ code, acked_by: `itu.${code.toLowerCase()}@council.example` }),
      ),
    );
    expect(first.incident.directive).toEqual({ departments: 6, acknowledged: 3 });
  });

  it('has a broadcast to the affected staff by email and SMS, partly acknowledged by link and by hand', async () => {
    const [broadcast] = await dataSource.query(
      `SELECT b.channels, b.require_ack, b.recipient_count,
              (SELECT count(*)::int FROM staff s JOIN departments d ON d.id = s.department_id
               WHERE d.code IN ('SOC', 'EDU')) AS affected
       FROM broadcasts b WHERE b.incident_id = $1 AND b.kind = 'broadcast'`,
      [incidentId],
    );
    expect(broadcast).toMatchObject({ channels: ['email', 'sms'], require_ack: true });
    expect(broadcast.recipient_count).toBe(broadcast.affected);
    const acks = await dataSource.query(
      `SELECT r.ack_via AS via, count(*)::int AS n FROM broadcast_recipients r
       JOIN broadcasts b ON b.id = r.broadcast_id
       WHERE b.incident_id = $1 AND r.acknowledged_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
      [incidentId],
    );
    expect(acks).toEqual([
      { via: 'console', n: WELCHIA.broadcast.consoleAcks },
      { via: 'link', n: expect.any(Number) },
    ]);
    const acknowledged = acks[0].n + acks[1].n;
    expect(acknowledged).toBeGreaterThan(broadcast.affected / 10);
    expect(acknowledged).toBeLessThan(broadcast.affected / 2);
    expect(first.incident.broadcast).toEqual({ recipients: broadcast.affected, acknowledged });
  });

  it('has two detections on a cleaning LAN, and the owner’s update posted last', async () => {
    const detections = await dataSource.query(
      `SELECT x.phase, x.action, v.health FROM detections x JOIN devices v ON v.id = x.device_id
       WHERE x.incident_id = $1`,
      [incidentId],
    );
    expect(detections).toEqual(
      Array(2).fill({ phase: 'cleaning', action: 'marked_infected', health: 'infected' }),
    );
    const [update] = await dataSource.query(
      `SELECT data->>'message' AS message FROM events
       WHERE stream = $1 AND type = 'incident.update_posted'`,
      [`incident:${incidentId}`],
    );
    expect(update.message).toMatch(/^Social Services LANs are closed for cleaning/);
  });

  it(
    'adds nothing when seeded again: one incident, every count unchanged',
    async () => {
      const before = (await dataSource.query(INCIDENT_COUNTS))[0];
      const second = await seedDemoCouncil(app!);
      expect(second.incident).toEqual({ ...first.incident, created: false });
      expect((await dataSource.query(INCIDENT_COUNTS))[0]).toEqual(before);
      expect(before.incidents).toBe(1);
    },
    SEED_TIMEOUT_MS,
  );
});
