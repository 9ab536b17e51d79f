import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AuthUser, toAuthUser, UserEntity } from '@cordon/auth';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { WarpModule, WarpService } from '@cordon/warp';
import { seedDemoCouncil } from './seed';
import { DemoSeedModule } from './seed.module';

/** Migrating, loading the demo council and playing its incident: seconds, more when busy. */
const SEED_TIMEOUT_MS = 180_000;

interface Identifier {
  kind: string;
  text: string;
}

/** Every staff and login name, email and mobile, every hostname and IP of the demo, from the DB. */
async function demoIdentifiers(ds: DataSource): Promise<Identifier[]> {
  const rows: Identifier[] = await ds.query(
    `SELECT 'staff name' AS kind, name AS text FROM staff
     UNION ALL SELECT 'staff email', email FROM staff
     UNION ALL SELECT 'staff mobile', mobile FROM staff WHERE mobile IS NOT NULL
     UNION ALL SELECT 'user name', name FROM users
     UNION ALL SELECT 'user email', email FROM users
     UNION ALL SELECT 'hostname', hostname FROM devices
     UNION ALL SELECT 'ip', host(ip) FROM devices WHERE ip IS NOT NULL`,
  );
  const out: Identifier[] = [];
  for (const row of rows) {
    out.push(row);
    // a login's name without its note ("Margaret Hale (Incident Owner)" → "Margaret Hale")
    const bare = row.text.replace(/\s*\([^)]*\)/g, '').trim();
    if (bare !== row.text) out.push({ kind: row.kind, text: bare });
    // a mobile as people write it: +44 7700 900123, 07700 900123, 07700900123
    if (row.kind === 'staff mobile' && row.text.startsWith('+44')) {
      const national = `0${row.text.slice(3)}`;
      out.push({ kind: row.kind, text: national });
      out.push({ kind: row.kind, text: `${national.slice(0, 5)} ${national.slice(5)}` });
    }
  }
  return out;
}

/** The identifiers found in `text`, case-insensitively, whole (not inside a longer word or number). */
function leaks(text: string, identifiers: readonly Identifier[]): Identifier[] {
  const lower = text.toLowerCase();
  return identifiers.filter(({ text: term }) => {
    const t = term.toLowerCase();
    for (let at = lower.indexOf(t); at !== -1; at = lower.indexOf(t, at + 1)) {
      const before = lower[at - 1];
      const after = lower[at + t.length];
      if (!/[a-z0-9]/.test(before ?? '') && !/[a-z0-9]/.test(after ?? '')) return true;
    }
    return false;
  });
}

/**
 * The must-show: a WARP export of the demo incident (JSON and Markdown, as the
 * api answers `GET /incidents/:id/warp?format=json|md`) holds none of the demo's staff or
 * login names, emails or mobiles, hostnames or IPs, all read from the seeded database.
 */
describe('WARP export of the demo incident', () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let ds: DataSource;
  let warp: WarpService;
  let incidentId: string;
  let owner: AuthUser;
  let identifiers: Identifier[];

  beforeAll(async () => {
    db = await createTestDatabase();
    // what the demo seed needs (DemoSeedModule), and the WARP feature on top
    const moduleRef = await Test.createTestingModule({
      imports: [DemoSeedModule.forRoot(testConfig(db.url)), WarpModule],
    }).compile();
    app = await moduleRef.init();
    const report = await seedDemoCouncil(app);
    incidentId = report.incident.id;
    ds = app.get(DataSource);
    warp = app.get(WarpService, { strict: false });
    identifiers = await demoIdentifiers(ds);
    const user = await ds.getRepository(UserEntity).findOneByOrFail({
      email: 'owner@council.example',
    });
    owner = toAuthUser(user);
  }, SEED_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('reads thousands of identifiers from the demo data, and the incident’s log names hosts and people', async () => {
    const kinds = new Set(identifiers.map((i) => i.kind));
    expect([...kinds].sort()).toEqual([
      'hostname',
      'ip',
      'staff email',
      'staff mobile',
      'staff name',
      'user email',
      'user name',
    ]);
    expect(identifiers.length).toBeGreaterThan(1000);
    // the export's source is not clean: the log names hosts and people
    const [log] = await ds.query(
      `SELECT string_agg(data::text, ' ') AS text FROM events WHERE stream = $1`,
      [`incident:${incidentId}`],
    );
    const inLog = new Set(leaks(log.text, identifiers).map((i) => i.kind));
    expect([...inLog]).toEqual(expect.arrayContaining(['hostname', 'staff name', 'user name']));
  });

  it.each([
    ['letters', false],
    ['names', true],
  ])(
    'finds no staff or user name, email, mobile, hostname or IP in the JSON or Markdown export (departments as %s)',
    async (_, departmentNames) => {
      const view = await warp.preview(incidentId, owner, { departmentNames });
      // the export says something: the worm, its port, the two departments, the LANs closed
      expect(view.summary.threat.name).toBe('W32.Welchia.Worm');
      expect(view.summary.indicators.ports).toContainEqual({ protocol: 'TCP', port: '135' });
      expect(view.summary.counts.devicesInfected).toBeGreaterThanOrEqual(2);
      expect(view.summary.counts.departments).toBe(2);
      expect(view.summary.phases.lans.filter((l) => l.phase === 'cleaning')).toHaveLength(2);
      expect(view.markdown).toContain('W32.Welchia.Worm');
      // what the api answers: the view as JSON, and the Markdown alone for format=md
      for (const text of [JSON.stringify(view), view.markdown]) {
        expect(leaks(text, identifiers)).toEqual([]);
      }
    },
  );

  it('shows departments as letters unless names are asked for', async () => {
    const letters = await warp.preview(incidentId, owner, { departmentNames: false });
    expect(letters.summary.departments.map((d) => d.label)).toEqual(['A', 'B']);
    for (const name of ['Social Services', 'Education', 'SOC', 'EDU'])
      expect(JSON.stringify(letters)).not.toContain(name);
    const names = await warp.preview(incidentId, owner, { departmentNames: true });
    expect(names.summary.departments.map((d) => d.label).sort()).toEqual([
      'Education',
      'Social Services',
    ]);
  });
});
