import { DataSource } from 'typeorm';
import type { AuthUser } from '@cordon/auth';
import { Spine, SYSTEM_ACTOR, ValidationProblem } from '@cordon/platform';
import { FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { DirectoryModule } from './directory.module';
import { SmsConsent } from './sms-consent.service';
import { StaffAudience } from './staff-audience.service';
import { StaffImportService } from './staff-import.service';
import { StaffService } from './staff.service';

const admin: AuthUser = {
  id: '00000000-0000-0000-0000-00000000000a',
  email: 'admin@council.example',
  name: 'Admin',
  roles: ['admin'],
  departmentId: null,
};

describe(StaffImportService.name, () => {
  let feature: FeatureTestApp | undefined;
  let ds: DataSource;
  let imports: StaffImportService;
  let ids: Record<'soc' | 'edu' | 'hall' | 'socHall', string>;
  const emails = async (): Promise<string[]> =>
    (await ds.query(`SELECT email FROM staff ORDER BY email`)).map(
      (r: { email: string }) => r.email,
    );

  beforeAll(async () => {
    feature = await startFeatureTestApp({ imports: [DirectoryModule] });
    ds = feature.ds;
    imports = feature.get(StaffImportService);
    const [{ id: soc }, { id: edu }] = await ds.query(
      `INSERT INTO departments (code, name) VALUES ('SOC', 'Social'), ('EDU', 'Education') RETURNING id`,
    );
    const [{ id: hall }] = await ds.query(
      `INSERT INTO sites (code, name) VALUES ('HALL', 'Civic Hall') RETURNING id`,
    );
    const [{ id: socHall }] = await ds.query(
      `INSERT INTO lans (code, name, site_id, department_id) VALUES ('SOC-HALL', 'x', $1, $2) RETURNING id`,
      [hall, soc],
    );
    ids = { soc, edu, hall, socHall };
  });
  afterAll(() => feature?.close());

  it('stores good lines, refuses bad ones by the line they start on, and updates on a second run', async () => {
    const csv =
      '\ufeffname,email,mobile,department,site,lan\r\n' +
      'Ann Smith,ann@council.example,+447700900001,SOC,HALL,SOC-HALL\r\n' +
      '"Bloggs, Jo",JO@council.example,,EDU,,\r\n' +
      'Bad Mail,not-an-email,,SOC,,\r\n' +
      '"Two\nLines",two@council.example,,SOC,,\r\n' +
      'Short,short@council.example\r\n' +
      'Ann Again,ANN@council.example,,SOC,,\r\n';
    const first = await imports.import(csv, admin, {});
    expect(first).toMatchObject({ created: 3, updated: 0, deleted: 0 });
    expect(first.rejected).toEqual([
      { line: 4, reason: expect.stringMatching(/not-an-email/) },
      { line: 7, reason: 'expected 6 fields, found 2' },
      { line: 8, reason: 'email ann@council.example is already on line 2' },
    ]);
    expect(await emails()).toEqual([
      'ann@council.example',
      'jo@council.example',
      'two@council.example',
    ]);
    const again = await imports.import(csv, admin, {});
    expect(again).toMatchObject({ created: 0, updated: 3, rejected: first.rejected });
    const [ann] = await ds.query(
      `SELECT name, lan_id, sms_consent FROM staff WHERE email = 'ann@council.example'`,
    );
    expect(ann).toEqual({ name: 'Ann Smith', lan_id: ids.socHall, sms_consent: true });
    const events = await ds.query(
      `SELECT data FROM events WHERE stream = 'directory' AND type = 'staff.imported' ORDER BY seq`,
    );
    expect(events.map((e: { data: unknown }) => e.data)).toEqual([
      {
        lines: 6,
        created: 3,
        updated: 0,
        deleted: 0,
        deletedEmails: [],
        rejected: 3,
        prune: false,
      },
      {
        lines: 6,
        created: 0,
        updated: 3,
        deleted: 0,
        deletedEmails: [],
        rejected: 3,
        prune: false,
      },
    ]);
  });

  it('answers 400 for a body that is not CSV or a header it cannot read, storing nothing', async () => {
    for (const body of [{ json: true }, 'name,mobile\nA,+447700900123\n']) {
      await expect(imports.import(body, admin, {})).rejects.toBeInstanceOf(ValidationProblem);
    }
    expect(await emails()).toHaveLength(3);
  });

  it('prunes only when asked, never someone whose line was merely refused', async () => {
    const csv = 'name,email,department\nAnn,ann@council.example,SOC\nJo,jo@council.example,NOPE\n';
    expect(await imports.import(csv, admin, {})).toMatchObject({ updated: 1, deleted: 0 });
    expect(await emails()).toHaveLength(3);
    const pruned = await imports.import(csv, admin, { prune: true });
    expect(pruned).toMatchObject({ updated: 1, deleted: 1, rejected: [{ line: 3 }] });
    expect(await emails()).toEqual(['ann@council.example', 'jo@council.example']);
    const [event] = await ds.query(
      `SELECT data FROM events WHERE type = 'staff.imported' ORDER BY seq DESC LIMIT 1`,
    );
    expect(event.data).toMatchObject({
      deleted: 1,
      deletedEmails: ['two@council.example'],
      prune: true,
    });
  });

  it('keeps an SMS opt-out when a later file has no smsConsent column', async () => {
    await imports.import(
      'name,email,mobile,department,smsConsent\nOpt,opt@council.example,+447700900999,SOC,no\n',
      admin,
      {},
    );
    await imports.import(
      'name,email,mobile,department\nOpt,opt@council.example,+447700900998,SOC\n',
      admin,
      {},
    );
    const [row] = await ds.query(
      `SELECT mobile, sms_consent FROM staff WHERE email = 'opt@council.example'`,
    );
    expect(row).toEqual({ mobile: '+447700900998', sms_consent: false });
  });

  it('lists staff by name page by page, scoped to an ITU member’s department', async () => {
    const staff = feature!.get(StaffService);
    const all = await staff.list({ limit: 2 }, admin);
    const rest = await staff.list({ limit: 2, cursor: all.nextCursor ?? undefined }, admin);
    expect([...all.items, ...rest.items].map((s) => s.name)).toEqual(['Ann', 'Bloggs, Jo', 'Opt']);
    const itu: AuthUser = { ...admin, roles: ['itu'], departmentId: ids.edu };
    expect((await staff.list({}, itu)).items.map((s) => s.name)).toEqual(['Bloggs, Jo']);
  });

  it('selects an audience as SQL others embed, and names ids that are unknown', async () => {
    const audience = feature!.get(StaffAudience);
    const byDepartment = audience.query(
      { all: false, departmentIds: [ids.edu], siteIds: [], lanIds: [] },
      2,
    );
    const rows = await ds.query(
      `SELECT email FROM (${byDepartment.sql}) a WHERE $1::int = 1 ORDER BY email`,
      [1, ...byDepartment.params],
    );
    expect(rows).toEqual([{ email: 'jo@council.example' }]);
    const everyone = audience.query({ all: true, departmentIds: [], siteIds: [], lanIds: [] });
    expect(await ds.query(everyone.sql, everyone.params)).toHaveLength(3);
    const nowhere = '00000000-0000-0000-0000-000000000000';
    expect(
      await audience.unknownIds({
        all: false,
        departmentIds: [ids.soc, nowhere],
        siteIds: [],
        lanIds: [nowhere],
      }),
    ).toEqual([
      { field: 'departmentIds', ids: [nowhere] },
      { field: 'lanIds', ids: [nowhere] },
    ]);
    expect(await audience.contactByEmail('ANN@council.example')).toMatchObject({
      name: 'Ann',
      lanCode: null,
    });
  });

  it('changes SMS consent by mobile once, with one event when anything changed', async () => {
    const consent = feature!.get(SmsConsent);
    const spine = feature!.get(Spine);
    const stop = await spine.run(SYSTEM_ACTOR, (tx) =>
      consent.setByMobile(tx, '+447700900998', true, 'sms'),
    );
    expect(stop.names).toEqual(['Opt']);
    const again = await spine.run(SYSTEM_ACTOR, (tx) =>
      consent.setByMobile(tx, '+447700900998', true, 'sms'),
    );
    expect(again).toEqual({ staffIds: [], names: [] });
    const events = await ds.query(
      `SELECT data FROM events WHERE type = 'staff.sms_consent_changed'`,
    );
    expect(events).toEqual([{ data: { ...stop, smsConsent: true, via: 'sms' } }]);
  });
});
