import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil, staffCsv } from '../testing/council-fixture';

describe('directory over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  const as = (token: string) => ({
    get: (path: string) =>
      api.http().get(`/api/v1/${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) =>
      api.http().post(`/api/v1/${path}`).set('Authorization', `Bearer ${token}`).send(body),
  });

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    await api
      .http()
      .post('/api/v1/staff/import')
      .set('Authorization', `Bearer ${council.admin}`)
      .set('Content-Type', 'text/csv')
      .send(staffCsv(30))
      .expect(200);
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('departments, sites, units and LANs', () => {
    it('creates a department with an upper-case code and refuses the same code again with 409', async () => {
      const admin = as(council.admin);
      const res = await admin.post('departments', { code: ' hou ', name: ' Housing ' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(String), code: 'HOU', name: 'Housing' });
      const again = await admin.post('departments', { code: 'HOU', name: 'Housing again' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'conflict', field: 'code' });
    });

    it('names the bad fields with 400', async () => {
      const res = await as(council.admin).post('departments', { code: 'has space', name: '' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'code',
        'name',
      ]);
    });

    it('allows one IT unit per department and any number of specialist groups', async () => {
      const admin = as(council.admin);
      const unit = (code: string, kind: string) =>
        admin.post('support-units', {
          code,
          name: code,
          kind,
          departmentId: council.departments.SOC,
        });
      expect((await unit('SOC-ITU', 'itu')).status).toBe(201);
      const second = await unit('SOC-ITU2', 'itu');
      expect(second.status).toBe(409);
      expect(second.body.field).toBe('kind');
      expect((await unit('SOC-CF', 'specialist')).status).toBe(201);
      const list = await admin.get(`support-units?departmentId=${council.departments.SOC}`);
      expect(list.body.items.map((u: { code: string }) => u.code)).toEqual(['SOC-CF', 'SOC-ITU']);
      const unknown = await admin.post('support-units', {
        code: 'X-ITU',
        name: 'x',
        kind: 'itu',
        departmentId: '00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([
        { field: 'departmentId', message: 'no such department' },
      ]);
    });

    it('checks a LAN: CIDR well formed without host bits, site and department known', async () => {
      const admin = as(council.admin);
      const lan = (change: object) =>
        admin.post('lans', {
          code: 'EDU-DEPOT',
          name: 'Education, Depot',
          siteId: council.sites.DEPOT,
          departmentId: council.departments.EDU,
          ...change,
        });
      const hostBits = await lan({ cidr: '10.30.2.7/24' });
      expect(hostBits.status).toBe(400);
      expect(hostBits.body.errors).toEqual([
        { field: 'cidr', message: 'has host bits set; the block is 10.30.2.0/24' },
      ]);
      const noSite = await lan({ siteId: '00000000-0000-4000-8000-000000000000' });
      expect(noSite.body.errors).toEqual([{ field: 'siteId', message: 'no such site' }]);
      const ok = await lan({ cidr: '10.30.2.0/24' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ code: 'EDU-DEPOT', cidr: '10.30.2.0/24' });
      expect((await lan({})).status).toBe(409);
    });

    it('pages through lists with a cursor', async () => {
      const admin = as(council.admin);
      for (const code of ['ENV', 'FIN', 'CIT'])
        await admin.post('departments', { code, name: code });
      const codes: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await admin.get(`departments?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        codes.push(...res.body.items.map((d: { code: string }) => d.code));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      expect(codes).toEqual(['CIT', 'EDU', 'ENV', 'FIN', 'HOU', 'SOC']);
      expect(pages).toBe(3);
      expect((await admin.get('departments?limit=0')).status).toBe(400);
      expect((await admin.get('departments?cursor=garbage')).body.errors[0].field).toBe('cursor');
    });

    it('audits every change on the directory stream with its actor', async () => {
      const rows = await api.app
        .get(DataSource)
        .query(`SELECT type, actor FROM events WHERE stream = 'directory' ORDER BY seq`);
      const types = rows.map((r: { type: string }) => r.type);
      expect(types).toEqual(
        expect.arrayContaining([
          'department.created',
          'site.created',
          'lan.created',
          'support_unit.created',
        ]),
      );
      expect(rows.find((r: { type: string }) => r.type === 'lan.created').actor.kind).toBe('user');
    });
  });

  describe('GET /staff', () => {
    it('filters by department, site, LAN and text, and pages by name without repeats', async () => {
      const admin = as(council.admin);
      const soc = await admin.get(`staff?departmentId=${council.departments.SOC}&limit=500`);
      expect(soc.body.items).toHaveLength(15);
      expect(soc.body.items[0]).toEqual({
        id: expect.any(String),
        name: expect.stringMatching(/^Member \d+, person$/),
        email: expect.stringMatching(/@council\.example$/),
        mobile: expect.stringMatching(/^\+4477009\d{5}$/),
        departmentId: council.departments.SOC,
        siteId: council.sites.HALL,
        lanId: council.lans['SOC-HALL'],
        smsConsent: true,
        active: true,
      });
      const edu = await admin.get(
        `staff?lanId=${council.lans['EDU-HALL']}&siteId=${council.sites.HALL}`,
      );
      expect(edu.body.items).toHaveLength(15);
      const q = await admin.get('staff?q=PERSON2');
      expect(q.body.items.map((s: { email: string }) => s.email).sort()).toEqual(
        [
          'person2@council.example',
          ...Array.from({ length: 10 }, (_, i) => `person2${i}@council.example`),
        ].sort(),
      );
      const seen = new Set<string>();
      let cursor: string | null = null;
      do {
        const res = await admin.get(`staff?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        for (const s of res.body.items) seen.add(s.id);
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen.size).toBe(30);
    });

    it('shows an ITU member only their own department, and refuses another one with 403', async () => {
      const itu = await api.login(['itu'], { departmentId: council.departments.EDU });
      const own = await as(itu.token).get('staff?limit=500');
      expect(own.status).toBe(200);
      expect(own.body.items).toHaveLength(15);
      expect(new Set(own.body.items.map((s: { departmentId: string }) => s.departmentId))).toEqual(
        new Set([council.departments.EDU]),
      );
      expect(
        (await as(itu.token).get(`staff?departmentId=${council.departments.SOC}`)).status,
      ).toBe(403);
      const lans = await as(itu.token).get('lans');
      expect(lans.body.items.map((l: { code: string }) => l.code)).toEqual([
        'EDU-DEPOT',
        'EDU-HALL',
      ]);
      const socStaff = await as(council.admin).get(`staff?departmentId=${council.departments.SOC}`);
      expect((await as(itu.token).get(`staff/${socStaff.body.items[0].id}`)).status).toBe(403);
    });

    it('lets command and owner read everything', async () => {
      for (const role of ['command', 'owner'] as const) {
        const user = await api.login([role]);
        const res = await as(user.token).get('staff?limit=500');
        expect(res.body.items).toHaveLength(30);
      }
    });

    it('gives staff users and department-less ITU users 403 on all of it', async () => {
      const staff = await api.login(['staff'], { departmentId: council.departments.SOC });
      const lost = await api.login(['itu']);
      for (const token of [staff.token, lost.token]) {
        for (const path of ['staff', 'departments', 'sites', 'lans', 'support-units']) {
          const res = await as(token).get(path);
          expect([path, res.status, res.body.code]).toEqual([path, 403, 'forbidden']);
        }
      }
    });
  });

  describe('users', () => {
    it('lists users for admins only, filtered by department and role', async () => {
      const admin = as(council.admin);
      await api.login(['itu'], {
        departmentId: council.departments.SOC,
        email: 'soc-itu@council.example',
      });
      const res = await admin.get(`users?departmentId=${council.departments.SOC}&role=itu`);
      expect(res.status).toBe(200);
      expect(res.body.items.map((u: { email: string }) => u.email)).toContain(
        'soc-itu@council.example',
      );
      for (const u of res.body.items) expect(u).not.toHaveProperty('passwordHash');
      const itu = await api.login(['itu'], { departmentId: council.departments.SOC });
      expect((await as(itu.token).get('users')).status).toBe(403);
    });

    it('refuses an ITU user creating users with 403, and an unknown department with 400', async () => {
      const itu = await api.login(['itu'], { departmentId: council.departments.SOC });
      const body = {
        email: 'new@council.example',
        name: 'New',
        password: 'long-enough',
        roles: ['staff'],
      };
      expect((await as(itu.token).post('users', body)).status).toBe(403);
      const bad = await as(council.admin).post('users', {
        ...body,
        departmentId: '00000000-0000-4000-8000-000000000000',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([{ field: 'departmentId', message: 'no such department' }]);
    });
  });
});
