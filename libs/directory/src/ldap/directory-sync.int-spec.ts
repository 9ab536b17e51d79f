import { Change, Attribute, Client } from 'ldapts';
import { DataSource } from 'typeorm';
import { UsersService } from '@cordon/auth';
import { isDomainError } from '@cordon/domain';
import { APP_CONFIG, AppConfig, LdapConfig, Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { FeatureTestApp, startFeatureTestApp, ThrowawaySlapd } from '@cordon/platform/testing';
import { DirectoryLookup } from '../directory-lookup.service';
import { DirectoryModule } from '../directory.module';
import { StaffAudience } from '../staff-audience.service';
import { DirectoryAccess } from './directory-access';
import { DirectorySyncRepository } from './directory-sync.repository';
import { DirectorySyncService } from './directory-sync.service';
import { LdapReader } from './ldap-reader';

const STAFF = 3_000;
const pad = (i: number): string => String(i).padStart(4, '0');

describe(DirectorySyncService.name, () => {
  let slapd: ThrowawaySlapd | undefined;
  let feature: FeatureTestApp | undefined;
  let ldap: Client | undefined;
  let ds: DataSource;
  let sync: DirectorySyncService;
  let ids: { soc: string; edu: string; hall: string };
  let settings: LdapConfig;

  const dn = (uid: string): string => `uid=${uid},${slapd?.staffDn}`;
  /** Everything a sync could write: staff rows and the directory stream's events. */
  const checksum = async (): Promise<string> => {
    const [row] = await ds.query(
      `SELECT md5(coalesce(string_agg(s::text, '|' ORDER BY s.id), '')) AS staff,
              (SELECT count(*)::int FROM events WHERE stream = 'directory') AS events
       FROM staff s`,
    );
    return JSON.stringify(row);
  };
  const person = (uid: string) =>
    ds
      .query(
        `SELECT s.mobile, d.code AS department, s.active, s.directory_dn AS dn
         FROM staff s JOIN departments d ON d.id = s.department_id WHERE s.email = $1`,
        [`${uid}@council.example`],
      )
      .then((rows: unknown[]) => rows[0]);

  beforeAll(async () => {
    slapd = await ThrowawaySlapd.start();
    ldap = await slapd.client();
    feature = await startFeatureTestApp({ imports: [DirectoryModule] });
    ds = feature.ds;
    settings = {
      url: slapd.url,
      bindDn: slapd.rootDn,
      bindPassword: slapd.rootPassword,
      baseDn: slapd.staffDn,
      filter: '(objectClass=inetOrgPerson)',
      attributes: {
        name: ['displayName', 'cn'],
        mail: 'mail',
        mobile: 'mobile',
        department: 'departmentNumber',
        site: 'physicalDeliveryOfficeName',
        lan: null,
        // OpenLDAP has memberOf only with its overlay: the test's groups are in businessCategory
        groups: 'businessCategory',
        id: 'entryUUID',
      },
      pageSize: 500,
      syncMinutes: null,
      timeoutMs: 30_000,
      tls: { startTls: false, caFile: null, rejectUnauthorized: true },
    };
    const appConfig: AppConfig = { ...feature.app.get<AppConfig>(APP_CONFIG), ldap: settings };
    sync = new DirectorySyncService(
      feature.get(Spine),
      feature.get(DirectoryLookup),
      feature.get(DirectorySyncRepository),
      new LdapReader(),
      feature.get(DirectoryAccess),
      ds,
      appConfig,
    );
    const [{ id: soc }, { id: edu }] = await ds.query(
      `INSERT INTO departments (code, name) VALUES ('SOC', 'Social Services'), ('EDU', 'Education')
       RETURNING id`,
    );
    const [{ id: hall }] = await ds.query(
      `INSERT INTO sites (code, name) VALUES ('HALL', 'Civic Hall') RETURNING id`,
    );
    ids = { soc, edu, hall };
    // 3,000 people, 100 adds in flight at a time on one connection
    for (let start = 1; start <= STAFF; start += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, STAFF - start + 1) }, (_, k) => {
          const uid = `p${pad(start + k)}`;
          return ldap?.add(dn(uid), {
            objectClass: 'inetOrgPerson',
            uid,
            cn: `Person ${pad(start + k)}`,
            sn: 'Person',
            displayName: `Person ${pad(start + k)}`,
            mail: `${uid.toUpperCase()}@Council.example`,
            mobile: `+44 7700 90${pad(start + k)}`,
            departmentNumber: (start + k) % 2 ? 'Social Services' : 'edu',
            physicalDeliveryOfficeName: 'Civic Hall',
          });
        }),
      );
    }
  }, 60_000);

  afterAll(async () => {
    await ldap?.unbind().catch(() => undefined);
    await feature?.close();
    await slapd?.destroy();
  });

  it(`creates all ${STAFF} staff from the directory, linked and active, with one staff.synced event`, async () => {
    const report = await sync.sync(SYSTEM_ACTOR, { dryRun: false, trigger: 'schedule' });
    expect(report).toMatchObject({
      dryRun: false,
      entries: STAFF,
      updated: [],
      unchanged: 0,
      rejected: [],
      leavers: [],
    });
    expect(report.created).toHaveLength(STAFF);
    expect(report.created[0]).toEqual({
      dn: dn('p0001'),
      email: 'p0001@council.example',
      name: 'Person 0001',
    });
    const [counts] = await ds.query(
      `SELECT count(*)::int AS staff,
              count(*) FILTER (WHERE active AND directory_id IS NOT NULL)::int AS linked,
              count(DISTINCT directory_id)::int AS ids,
              count(*) FILTER (WHERE site_id = $1)::int AS at_hall,
              count(*) FILTER (WHERE department_id = $2)::int AS soc
       FROM staff`,
      [ids.hall, ids.soc],
    );
    expect(counts).toEqual({
      staff: STAFF,
      linked: STAFF,
      ids: STAFF,
      at_hall: STAFF,
      soc: STAFF / 2,
    });
    expect(await person('p0001')).toEqual({
      mobile: '+447700900001',
      department: 'SOC',
      active: true,
      dn: dn('p0001'),
    });
    const events = await ds.query(
      `SELECT data FROM events WHERE stream = 'directory' AND type = 'staff.synced'`,
    );
    expect(events.map((e: { data: unknown }) => e.data)).toEqual([
      {
        trigger: 'schedule',
        entries: STAFF,
        created: STAFF,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        leavers: 0,
        accessChanged: 0,
        leaverEmails: [],
      },
    ]);
  }, 60_000);

  it('reports a change, a leaver and malformed entries line by line; the dry run wrote nothing', async () => {
    const client = ldap as Client;
    await client.modify(dn('p0001'), [
      new Change({
        operation: 'replace',
        modification: new Attribute({ type: 'mobile', values: ['+44 7700 900999'] }),
      }),
      new Change({
        operation: 'replace',
        modification: new Attribute({ type: 'departmentNumber', values: ['EDU'] }),
      }),
    ]);
    await client.del(dn('p0002'));
    await client.modify(dn('p0003'), [
      new Change({
        operation: 'replace',
        modification: new Attribute({ type: 'departmentNumber', values: ['Parks'] }),
      }),
    ]);
    await client.add(dn('bad1'), {
      objectClass: 'inetOrgPerson',
      uid: 'bad1',
      cn: 'Bad Mail',
      sn: 'Mail',
      mail: 'not-an-email',
      departmentNumber: 'SOC',
    });
    const expected = {
      entries: STAFF,
      created: [],
      updated: [
        {
          dn: dn('p0001'),
          email: 'p0001@council.example',
          name: 'Person 0001',
          changes: ['mobile', 'department'],
        },
      ],
      unchanged: STAFF - 3,
      rejected: [
        { dn: dn('bad1'), reason: 'mail "not-an-email" is not an email address' },
        { dn: dn('p0003'), reason: 'departmentNumber "Parks" is not a department in Cordon' },
      ],
      leavers: [{ email: 'p0002@council.example', name: 'Person 0002', dn: dn('p0002') }],
      access: [],
    };

    const before = await checksum();
    const dry = await sync.sync(SYSTEM_ACTOR, { dryRun: true, trigger: 'on_demand' });
    expect(dry).toEqual({ dryRun: true, ...expected });
    expect(await checksum()).toBe(before);

    const real = await sync.sync(SYSTEM_ACTOR, { dryRun: false, trigger: 'on_demand' });
    expect(real).toEqual({ dryRun: false, ...expected });
    expect(await person('p0001')).toMatchObject({ mobile: '+447700900999', department: 'EDU' });
    expect(await person('p0002')).toMatchObject({ active: false });
    // refused, so neither changed nor a leaver
    expect(await person('p0003')).toMatchObject({ department: 'SOC', active: true });
    // a leaver is no longer addressed by broadcasts, to everyone or to their department
    for (const audience of [
      { all: true, departmentIds: [], siteIds: [], lanIds: [] },
      { all: false, departmentIds: [ids.edu], siteIds: [], lanIds: [] },
    ]) {
      const selection = feature!.get(StaffAudience).query(audience);
      const [addressed] = await ds.query(
        `SELECT count(*)::int AS staff,
                count(*) FILTER (WHERE email = 'p0002@council.example')::int AS leaver
         FROM (${selection.sql}) a`,
        selection.params,
      );
      expect(addressed).toEqual({ staff: audience.all ? STAFF - 1 : STAFF / 2, leaver: 0 });
    }
    const [event] = await ds.query(
      `SELECT data FROM events WHERE stream = 'directory' AND type = 'staff.synced'
       ORDER BY seq DESC LIMIT 1`,
    );
    expect(event.data).toEqual({
      trigger: 'on_demand',
      entries: STAFF,
      created: 0,
      updated: 1,
      unchanged: STAFF - 3,
      rejected: 2,
      leavers: 1,
      accessChanged: 0,
      leaverEmails: ['p0002@council.example'],
    });
  }, 60_000);

  it('changes nothing on a sync with nothing new, and takes a returning leaver back under their new entry', async () => {
    const again = await sync.sync(SYSTEM_ACTOR, { dryRun: false, trigger: 'schedule' });
    expect(again).toMatchObject({ created: [], updated: [], unchanged: STAFF - 2, leavers: [] });
    await (ldap as Client).add(dn('p0002'), {
      objectClass: 'inetOrgPerson',
      uid: 'p0002',
      cn: 'Person 0002',
      sn: 'Person',
      displayName: 'Person 0002',
      mail: 'p0002@council.example',
      mobile: '+447700900002',
      departmentNumber: 'EDU',
      physicalDeliveryOfficeName: 'HALL',
    });
    const back = await sync.sync(SYSTEM_ACTOR, { dryRun: false, trigger: 'schedule' });
    expect(back.updated).toEqual([
      {
        dn: dn('p0002'),
        email: 'p0002@council.example',
        name: 'Person 0002',
        changes: ['link', 'active'],
      },
    ]);
    expect(await person('p0002')).toMatchObject({ active: true });
  }, 60_000);

  it('refreshes the roles of a user whose directory groups are mapped, last, and leaves an unmapped user alone', async () => {
    const users = feature!.get(UsersService);
    await ds.query(
      `INSERT INTO identity_group_mappings (group_name, role, department_id)
       VALUES ('CN=Cordon ITU,OU=Groups', 'itu', $1), ('CN=Cordon Command,OU=Groups', 'command', NULL)`,
      [ids.soc],
    );
    const password = 'correct-horse-battery';
    await users.create(
      { email: 'p0005@council.example', name: 'P5', password, roles: ['staff'] },
      SYSTEM_ACTOR,
    );
    await users.create(
      { email: 'p0007@council.example', name: 'P7', password, roles: ['admin'] },
      SYSTEM_ACTOR,
    );
    await (ldap as Client).modify(dn('p0005'), [
      new Change({
        operation: 'add',
        modification: new Attribute({
          type: 'businessCategory',
          values: ['cn=cordon itu,ou=groups', 'CN=Not Mapped,OU=Groups'],
        }),
      }),
    ]);
    const line = {
      email: 'p0005@council.example',
      before: { roles: ['staff'], departmentId: null },
      after: { roles: ['itu'], departmentId: ids.soc },
      groups: ['CN=Cordon ITU,OU=Groups'],
    };
    const roles = async () =>
      (
        await ds.query(
          `SELECT email, roles, department_id AS "departmentId" FROM users ORDER BY email`,
        )
      ).map((u: { roles: string[] | string }) => u);
    const before = await roles();
    const dry = await sync.sync(SYSTEM_ACTOR, { dryRun: true, trigger: 'on_demand' });
    expect(dry).toMatchObject({ updated: [], access: [line] });
    expect(await roles()).toEqual(before);

    const real = await sync.sync(SYSTEM_ACTOR, { dryRun: false, trigger: 'on_demand' });
    expect(real).toMatchObject({ updated: [], access: [line] });
    const [p5, p7] = await users.accessByEmails(
      ['p0005@council.example', 'p0007@council.example'],
      ds.manager,
    );
    expect(p5).toMatchObject({ roles: ['itu'], departmentId: ids.soc });
    expect(p7).toMatchObject({ roles: ['admin'], departmentId: null });
    const events = await ds.query(
      `SELECT type, data->>'accessChanged' AS changed FROM events
       WHERE stream = 'directory' AND type IN ('staff.synced', 'user.access_changed')
       ORDER BY seq DESC LIMIT 2`,
    );
    expect(events).toEqual([
      { type: 'user.access_changed', changed: null },
      { type: 'staff.synced', changed: '1' },
    ]);
  }, 60_000);

  it('refuses a second sync while one holds the lock', async () => {
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT pg_advisory_xact_lock(hashtext('cordon.directory-sync'))`);
      const refused = await sync
        .sync(SYSTEM_ACTOR, { dryRun: false, trigger: 'on_demand' })
        .catch((err: unknown) => err);
      expect(isDomainError(refused) && refused.code).toBe('conflict');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('answers 503 unavailable naming the URL when the bind is refused', async () => {
    const config = feature?.app.get<AppConfig>(APP_CONFIG) as AppConfig;
    const wrong = new DirectorySyncService(
      feature?.get(Spine) as Spine,
      feature?.get(DirectoryLookup) as DirectoryLookup,
      feature?.get(DirectorySyncRepository) as DirectorySyncRepository,
      new LdapReader(),
      feature?.get(DirectoryAccess) as DirectoryAccess,
      ds,
      { ...config, ldap: { ...settings, bindPassword: 'wrong' } },
    );
    const failed = await wrong
      .sync(SYSTEM_ACTOR, { dryRun: true, trigger: 'on_demand' })
      .catch((e) => e);
    expect(isDomainError(failed) && failed.code).toBe('unavailable');
    expect((failed as Error).message).toContain(slapd?.url);
    expect((failed as Error).message).not.toContain('wrong');
  });
});
