import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ComplianceSummary } from '@cordon/contracts';
import { verifyPassword } from '@cordon/auth';
import { ComplianceService } from '@cordon/inventory';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { DEMO_LOGINS, DEMO_PASSWORD } from './council';
import { generateDemoCouncil } from './generate';
import { DemoSeedReport, seedDemoCouncil } from './seed';
import { DemoSeedModule } from './seed.module';

/** Migrating, loading the council and playing the incident: seconds, more on a busy machine. */
const SEED_TIMEOUT_MS = 120_000;

/** Counts written straight in SQL, independently of the domain's compliance rule. */
const INDEPENDENT_COUNTS = `
  WITH b AS (SELECT required_patches, min_av_signature_date FROM baselines WHERE id = 1),
  facts AS (
    SELECT v.*, d.code AS department_code, l.code AS lan_code,
      NOT (v.patches @> b.required_patches) AS missing_patch,
      v.av_product IS NULL AS no_av,
      v.av_product IS NOT NULL
        AND (v.av_signature_date IS NULL OR v.av_signature_date < b.min_av_signature_date) AS av_old
    FROM devices v
    JOIN departments d ON d.id = v.department_id
    JOIN lans l ON l.id = v.lan_id
    CROSS JOIN b
  )
  SELECT %GROUP% AS key,
    count(*)::int AS devices,
    count(*) FILTER (WHERE NOT missing_patch AND NOT no_av AND NOT av_old
                     AND health NOT IN ('infected', 'isolated'))::int AS compliant,
    count(*) FILTER (WHERE missing_patch)::int AS missing_patch,
    count(*) FILTER (WHERE no_av)::int AS no_av,
    count(*) FILTER (WHERE av_old)::int AS av_out_of_date,
    count(*) FILTER (WHERE health = 'infected')::int AS infected,
    count(*) FILTER (WHERE NOT ('MS03-026' = ANY(patches)))::int AS "MS03-026",
    count(*) FILTER (WHERE NOT ('MS03-039' = ANY(patches)))::int AS "MS03-039",
    count(*) FILTER (WHERE NOT ('MS03-007' = ANY(patches)))::int AS "MS03-007"
  FROM facts GROUP BY 1 ORDER BY 1`;

type Row = Record<string, number | string>;

const asRow = (key: string, c: ComplianceSummary['totals']): Row => ({
  key,
  devices: c.devices,
  compliant: c.compliant,
  missing_patch: c.issues.missing_patch,
  no_av: c.issues.no_av,
  av_out_of_date: c.issues.av_out_of_date,
  infected: c.issues.infected,
  'MS03-026': c.missingPatches['MS03-026'],
  'MS03-039': c.missingPatches['MS03-039'],
  'MS03-007': c.missingPatches['MS03-007'],
});

const FINGERPRINT = `
  SELECT
    (SELECT md5(string_agg(concat_ws('|', s.name, s.email, s.mobile, d.code, si.code, l.code, s.sms_consent), ',' ORDER BY s.email))
       FROM staff s JOIN departments d ON d.id = s.department_id
       LEFT JOIN sites si ON si.id = s.site_id LEFT JOIN lans l ON l.id = s.lan_id) AS staff,
    (SELECT md5(string_agg(concat_ws('|', v.hostname, v.ip, v.mac, l.code, d.code, v.os, v.patches::text,
                                     v.av_product, v.av_signature_date, v.health), ',' ORDER BY v.hostname))
       FROM devices v JOIN departments d ON d.id = v.department_id JOIN lans l ON l.id = v.lan_id) AS devices,
    (SELECT string_agg(code, ',' ORDER BY code) FROM lans) AS lans,
    (SELECT count(*)::int FROM departments) AS departments,
    (SELECT count(*)::int FROM support_units) AS units,
    (SELECT count(*)::int FROM users) AS users`;

describe(seedDemoCouncil.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let context: INestApplicationContext;
  let dataSource: DataSource;
  let first: DemoSeedReport;

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [DemoSeedModule.forRoot(testConfig(db.url))],
    }).compile();
    app = context = await moduleRef.init();
    dataSource = app.get(DataSource);
    first = await seedDemoCouncil(app);
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('generates the same council from the same seed', () => {
    expect(generateDemoCouncil()).toEqual(generateDemoCouncil());
    expect(generateDemoCouncil(7).staffCsv).not.toEqual(generateDemoCouncil().staffCsv);
  });

  it('loads CIT and five departments, their units, sites, LANs, ~3,000 staff and ~2,500 devices', async () => {
    expect(first).toMatchObject({ departments: 6, sites: 7, lans: 14 });
    expect(first.staff).toMatchObject({ total: 3000, created: 3000, rejected: [] });
    expect(first.devices.created).toBe(first.devices.total);
    expect(first.devices.total).toBeGreaterThan(2300);
    expect(first.devices.total).toBeLessThan(2700);
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM support_units WHERE kind = 'itu') AS itus,
              (SELECT count(*)::int FROM support_units WHERE kind = 'specialist') AS specialists,
              (SELECT count(*)::int FROM staff WHERE mobile ~ '^\\+447700900[0-9]{3}$') AS uk_mobiles,
              (SELECT count(*)::int FROM staff WHERE sms_consent) AS consenting`,
    );
    expect(counts.itus).toBe(6);
    expect(counts.specialists).toBeGreaterThanOrEqual(2);
    expect(counts.uk_mobiles).toBeGreaterThan(2800);
    expect(counts.consenting).toBeGreaterThan(2400);
  });

  it('has a realistic mix: missing RPC and WebDAV patches, stale and missing AV, some infected', async () => {
    const [mix] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE NOT ('MS03-026' = ANY(patches)))::int AS no_rpc,
              count(*) FILTER (WHERE 'MS03-026' = ANY(patches) AND NOT ('MS03-039' = ANY(patches)))::int AS half_rpc,
              count(*) FILTER (WHERE NOT ('MS03-007' = ANY(patches)))::int AS no_webdav,
              count(*) FILTER (WHERE av_product IS NULL)::int AS no_av,
              count(*) FILTER (WHERE av_signature_date < '2026-02-01')::int AS stale_av,
              count(*) FILTER (WHERE health = 'infected')::int AS infected
       FROM devices`,
    );
    for (const value of Object.values(mix)) expect(value).toBeGreaterThan(20);
  });

  it('creates a login per role, a deputy owner and an ITU per department, all with the printed password', async () => {
    expect(first.logins.map((l) => l.roles[0]).sort()).toEqual(
      ['admin', 'command', ...Array(6).fill('itu'), 'owner', 'owner', 'staff'].sort(),
    );
    const users = await dataSource.query(
      `SELECT u.email, u.roles, d.code, u.password_hash FROM users u
       LEFT JOIN departments d ON d.id = u.department_id ORDER BY u.email`,
    );
    expect(users).toHaveLength(DEMO_LOGINS.length);
    for (const user of users)
      expect(await verifyPassword(DEMO_PASSWORD, user.password_hash)).toBe(true);
    expect(
      users.find((u: { email: string }) => u.email === 'itu.edu@council.example'),
    ).toMatchObject({
      email: 'itu.edu@council.example',
      roles: ['itu'],
      code: 'EDU',
    });
    const itus = users.filter((u: { roles: string[] }) => u.roles.includes('itu'));
    expect(itus.map((u: { code: string }) => u.code).sort()).toEqual(
      ['CIT', 'EDU', 'ENV', 'FIN', 'HOU', 'SOC'].sort(),
    );
  });

  it('reports a compliance summary that matches an independent SQL count', async () => {
    const admin = {
      id: first.logins[0].email,
      email: '',
      name: '',
      roles: ['admin' as const],
      departmentId: null,
    };
    const summary = await context.get(ComplianceService).summary({}, admin);
    const byDepartment = await dataSource.query(
      INDEPENDENT_COUNTS.replace('%GROUP%', 'department_code'),
    );
    const byLan = await dataSource.query(INDEPENDENT_COUNTS.replace('%GROUP%', 'lan_code'));
    const [total] = await dataSource.query(INDEPENDENT_COUNTS.replace('%GROUP%', `'all'`));
    expect(summary.departments.map((d) => asRow(d.code, d))).toEqual(byDepartment);
    expect(summary.lans.map((l) => asRow(l.code, l))).toEqual(byLan);
    expect(asRow('all', summary.totals)).toEqual(total);
    expect(summary.totals.compliant).toBeGreaterThan(0);
    expect(summary.totals.nonCompliant).toBeGreaterThan(0);
  });

  it(
    'changes nothing and duplicates nothing when run again',
    async () => {
      const before = (await dataSource.query(FINGERPRINT))[0];
      const second = await seedDemoCouncil(context);
      expect(second.staff).toMatchObject({ created: 0, updated: 3000, deleted: 0 });
      // the incident in progress changed device records (cleaned, infected): left alone
      expect(first.devices.kept).toBe(false);
      expect(second.devices).toMatchObject({ created: 0, updated: 0, kept: true });
      expect(second.incident).toMatchObject({ created: false, id: first.incident.id });
      expect((await dataSource.query(FINGERPRINT))[0]).toEqual(before);
    },
    SEED_TIMEOUT_MS,
  );
});
