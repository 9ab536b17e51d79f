import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from '../testing/incident-fixture';

/** Claims as an ITU member meets them: idempotent, remembered, and where the machine is. */
describe('task claims over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let sam: { token: string; id: string };
  let sue: { token: string; id: string };
  let incidentId: string;
  const task: Record<string, string> = {};
  const claimEvents = async (taskId: string): Promise<number> =>
    (
      await api.app
        .get(DataSource)
        .query(
          `SELECT count(*)::int AS n FROM events WHERE type = 'task.claimed' AND data->>'taskId' = $1`,
          [taskId],
        )
    )[0].n;

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const lines = [DEVICE_HEADER, 'CL-1,10.20.1.71,SOC-HALL,SOC,XP,,Sophos,2025-01-01'];
    lines.push('CL-2,10.20.1.72,SOC-HALL,SOC,XP,,Sophos,2025-01-01');
    await admin.csv('devices/import', lines.join('\n')).expect(200);
    const owner = await api.login(['owner']);
    sam = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sam' });
    sue = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sue' });
    const o = as(api, owner.token);
    incidentId = (
      await o.post('incidents', { title: 'Welchia', severity: 1, summary: 's' }).expect(201)
    ).body.id;
    const lan = council.lans['SOC-HALL'];
    await o.post(`incidents/${incidentId}/lans`, { lanIds: [lan] }).expect(201);
    await o.post(`incidents/${incidentId}/lans/${lan}/transitions`, { to: 'shut_down' });
    for (const t of (await o.get(`tasks?incidentId=${incidentId}`)).body.items) {
      task[t.device.hostname] = t.id;
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers a second claim by the claimer with the same task, and records one claim', async () => {
    const first = await as(api, sam.token).post(`tasks/${task['cl-1']}/claim`);
    expect(first.status).toBe(200);
    const again = await as(api, sam.token).post(`tasks/${task['cl-1']}/claim`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await claimEvents(task['cl-1'])).toBe(1);
    // someone else is still refused
    const other = await as(api, sue.token).post(`tasks/${task['cl-1']}/claim`);
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'already_claimed', claimedBy: { id: sam.id } });
  });

  it('gives one claim and one event when the same person claims twice at once', async () => {
    const both = await Promise.all(
      [1, 2].map(() => as(api, sue.token).post(`tasks/${task['cl-2']}/claim`)),
    );
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both[1].body.claimedAt).toBe(both[0].body.claimedAt);
    expect(await claimEvents(task['cl-2'])).toBe(1);
  });

  it('keeps when the task was claimed once it is done', async () => {
    const claimed = await as(api, sam.token).get(`tasks/${task['cl-1']}`).expect(200);
    expect(claimed.body.claimedAt).toEqual(expect.any(String));
    const done = await as(api, sam.token)
      .post(`tasks/${task['cl-1']}/complete`, { evidence: GOOD_EVIDENCE })
      .expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      claimedBy: { id: sam.id, name: 'Sam' },
      claimedAt: claimed.body.claimedAt,
    });
    const read = await as(api, sam.token).get(`tasks/${task['cl-1']}`).expect(200);
    expect(read.body.claimedAt).toBe(claimed.body.claimedAt);
  });

  it('says where the machine is: its LAN by name and its site', async () => {
    const list = await as(api, sam.token).get(`tasks?incidentId=${incidentId}`).expect(200);
    const one = list.body.items.find((t: { id: string }) => t.id === task['cl-2']);
    expect(one.device).toMatchObject({
      hostname: 'cl-2',
      lanId: council.lans['SOC-HALL'],
      lanCode: 'SOC-HALL',
      lanName: 'Social Services, Civic Hall',
      siteId: council.sites.HALL,
      siteCode: 'HALL',
      siteName: 'Civic Hall',
    });
    const single = await as(api, sam.token).get(`tasks/${task['cl-2']}`).expect(200);
    expect(single.body.device).toEqual(one.device);
  });
});
