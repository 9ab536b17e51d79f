import { DataSource } from 'typeorm';
import type { ApiHarness } from '../testing/api-harness';
import type { CouncilFixture } from '../testing/council-fixture';
import { DetectionsWorld, startDetectionsWorld } from '../testing/detections-world';
import { as, GOOD_EVIDENCE } from '../testing/incident-fixture';

describe('fault reports over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: DetectionsWorld['owner'];
  let command: DetectionsWorld['owner'];
  let itu: DetectionsWorld['owner'];
  let staff: DetectionsWorld['owner'];
  let incidentId: string;

  beforeAll(async () => {
    let devices: Record<string, string>;
    ({ api, council, owner, command, itu, staff, incidentId, devices } =
      await startDetectionsWorld());
    // SOC-HALL shut down; EDU-HALL shut down, its machine cleaned, and reopened
    const o = as(api, owner.token);
    const plan = (lan: keyof CouncilFixture['lans'], to: string) =>
      o.post(`incidents/${incidentId}/lans/${council.lans[lan]}/transitions`, { to });
    await plan('SOC-HALL', 'shut_down').expect(200);
    await plan('EDU-HALL', 'shut_down').expect(200);
    const [edu] = (await o.get(`tasks?incidentId=${incidentId}&deviceId=${devices['edu-a']}`)).body
      .items;
    await as(api, command.token)
      .post(`tasks/${edu.id}/complete`, { evidence: GOOD_EVIDENCE })
      .expect(200);
    await plan('EDU-HALL', 'reopened').expect(200);
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('fault reports', () => {
    it('matches a report by LAN, site or staff record to the covering incident and answers with its status', async () => {
      const byLan = await as(api, staff.token).post('fault-reports', {
        lanId: council.lans['EDU-HALL'],
        reporterName: 'Pat',
        contact: 'ext 4412',
        description: 'PC very slow',
      });
      expect(byLan.status).toBe(201);
      expect(byLan.body).toMatchObject({
        incidentId,
        incident: { id: incidentId, status: 'active', nextUpdateDueAt: expect.any(String) },
        lans: [{ code: 'EDU-HALL', phase: 'reopened' }],
      });
      expect(byLan.body.message).toMatch(
        /known incident INC-\d{4}-\d{4}.*EDU-HALL has been cleaned and reopened.*next update is due by/,
      );
      const bySite = await as(api, staff.token).post('fault-reports', {
        siteId: council.sites.HALL,
        description: 'network down',
      });
      expect(bySite.body.lans.map((l: { code: string }) => l.code)).toEqual([
        'EDU-HALL',
        'SOC-HALL',
      ]);
      const none = await as(api, staff.token).post('fault-reports', {
        lanId: council.lans['SOC-DEPOT'],
        description: 'printer jam',
      });
      expect(none.body).toMatchObject({ incidentId: null, incident: null, lans: [] });
      expect(none.body.message).toMatch(/not part of a known incident/);
      await as(api, council.admin)
        .csv(
          'staff/import',
          'name,email,mobile,department,site,lan\nPat Jones,pat@council.example,,SOC,HALL,SOC-HALL\n',
        )
        .expect(200);
      const [{ id: staffId }] = await api.app
        .get(DataSource)
        .query(`SELECT id FROM staff WHERE email = 'pat@council.example'`);
      const byStaff = await as(api, command.token).post('fault-reports', {
        staffId,
        description: 'slow',
      });
      expect(byStaff.body).toMatchObject({
        lanId: council.lans['SOC-HALL'],
        siteId: council.sites.HALL,
        lans: [{ code: 'SOC-HALL', phase: 'shut_down' }],
      });
    });

    it('names what is missing or wrong', async () => {
      const s = as(api, staff.token);
      const nowhere = await s.post('fault-reports', { description: 'x' });
      expect(nowhere.status).toBe(400);
      expect(nowhere.body.errors[0]).toEqual({
        field: 'lanId',
        message: 'lanId, siteId or staffId is required',
      });
      expect(
        (
          await s.post('fault-reports', {
            lanId: '00000000-0000-4000-8000-000000000000',
            description: 'x',
          })
        ).body.errors[0].field,
      ).toBe('lanId');
      expect(
        (
          await s.post('fault-reports', {
            siteId: '00000000-0000-4000-8000-000000000000',
            description: 'x',
          })
        ).body.errors[0].field,
      ).toBe('siteId');
      expect(
        (
          await s.post('fault-reports', {
            staffId: '00000000-0000-4000-8000-000000000000',
            description: 'x',
          })
        ).body.errors[0].field,
      ).toBe('staffId');
      expect(
        (await s.post('fault-reports', { lanId: council.lans['SOC-HALL'] })).body.errors[0].field,
      ).toBe('description');
    });

    it('lets command staff list them, and counts them per LAN in the plan', async () => {
      expect((await as(api, staff.token).get('fault-reports')).status).toBe(403);
      expect((await as(api, itu.token).get('fault-reports')).status).toBe(403);
      const listed = await as(api, command.token)
        .get(`fault-reports?incidentId=${incidentId}`)
        .expect(200);
      expect(listed.body.items.length).toBe(3);
      const plan = (await as(api, owner.token).get(`incidents/${incidentId}/lans`)).body.items;
      expect(
        plan.map((l: { code: string; faultReports: number }) => [l.code, l.faultReports]),
      ).toEqual([
        ['EDU-HALL', 1],
        ['SOC-HALL', 1],
      ]);
    });
  });
});
