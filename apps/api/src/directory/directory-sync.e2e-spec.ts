import { DataSource } from 'typeorm';
import type { LdapConfig } from '@cordon/platform';
import { ThrowawaySlapd } from '@cordon/platform/testing';
import { ApiHarness, startApi } from '../testing/api-harness';

describe('POST /directory/sync', () => {
  let slapd: ThrowawaySlapd | undefined;
  let api: ApiHarness | undefined;
  let admin: string;
  let itu: string;
  const staffCount = async (): Promise<number> =>
    (await api!.app.get(DataSource).query(`SELECT count(*)::int AS n FROM staff`))[0].n;

  beforeAll(async () => {
    slapd = await ThrowawaySlapd.start();
    const ldap: LdapConfig = {
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
        groups: 'memberOf',
        id: 'entryUUID',
      },
      pageSize: 5,
      syncMinutes: 30,
      timeoutMs: 30_000,
      tls: { startTls: false, caFile: null, rejectUnauthorized: true },
    };
    api = await startApi({ ldap });
    await api.app
      .get(DataSource)
      .query(`INSERT INTO departments (code, name) VALUES ('SOC', 'Social Services')`);
    const client = await slapd.client();
    try {
      for (let i = 1; i <= 12; i++)
        await client.add(`uid=u${i},${slapd.staffDn}`, {
          objectClass: 'inetOrgPerson',
          uid: `u${i}`,
          cn: `User ${i}`,
          sn: 'User',
          mail: i === 12 ? 'nobody' : `u${i}@council.example`,
          departmentNumber: 'Social Services',
        });
    } finally {
      await client.unbind();
    }
    admin = (await api.login(['admin'])).token;
    itu = (await api.login(['itu'])).token;
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await slapd?.destroy();
  });

  it('is for admins only', async () => {
    await api!
      .http()
      .post('/api/v1/directory/sync?dryRun=true')
      .set('Authorization', `Bearer ${itu}`)
      .expect(403);
    await api!
      .http()
      .get('/api/v1/directory/sync')
      .set('Authorization', `Bearer ${itu}`)
      .expect(403);
  });

  it('refuses a dryRun that is not true or false, naming it', async () => {
    const res = await api!
      .http()
      .post('/api/v1/directory/sync?dryRun=maybe')
      .set('Authorization', `Bearer ${admin}`)
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'dryRun' })]);
  });

  it('answers a dry run without writing, then syncs in pages of 5 and shows the last run', async () => {
    const dry = await api!
      .http()
      .post('/api/v1/directory/sync?dryRun=true')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, entries: 12, unchanged: 0, leavers: [] });
    expect(dry.body.created).toHaveLength(11);
    expect(dry.body.rejected).toEqual([
      { dn: `uid=u12,${slapd!.staffDn}`, reason: 'mail "nobody" is not an email address' },
    ]);
    expect(await staffCount()).toBe(0);

    const real = await api!
      .http()
      .post('/api/v1/directory/sync?dryRun=false')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(real.body).toEqual({ ...dry.body, dryRun: false });
    expect(await staffCount()).toBe(11);

    const status = await api!
      .http()
      .get('/api/v1/directory/sync')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(status.body).toEqual({
      configured: true,
      url: slapd!.url,
      baseDn: slapd!.staffDn,
      scheduleMinutes: 30,
      last: {
        at: expect.any(String),
        trigger: 'on_demand',
        entries: 12,
        created: 11,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        leavers: 0,
        accessChanged: 0,
        leaverEmails: [],
      },
    });
  });
});
