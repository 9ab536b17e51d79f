import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from '../testing/incident-fixture';

/** A refused reopening says where each machine stands, and how many stand where. */
describe('reopen blockers over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let itu: { token: string; id: string };
  let id: string;
  const lan = () => council.lans['SOC-HALL'];
  const device: Record<string, string> = {};
  const task: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const hosts = ['rb-inf', 'rb-iso', 'rb-claim', 'rb-open', 'rb-short', 'rb-done', 'rb-waive'];
    const lines = hosts.map((h, i) => `${h},10.20.1.${100 + i},SOC-HALL,SOC,XP,,Sophos,2025-01-01`);
    await admin.csv('devices/import', [DEVICE_HEADER, ...lines].join('\n')).expect(200);
    owner = await api.login(['owner']);
    itu = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sam' });
    const o = as(api, owner.token);
    id = (await o.post('incidents', { title: 'Welchia', severity: 1, summary: 's' }).expect(201))
      .body.id;
    await o.post(`incidents/${id}/lans`, { lanIds: [lan()] }).expect(201);
    await o.post(`incidents/${id}/lans/${lan()}/transitions`, { to: 'shut_down' }).expect(200);
    for (const t of (await o.get(`tasks?incidentId=${id}&limit=500`)).body.items) {
      task[t.device.hostname] = t.id;
      device[t.device.hostname] = t.deviceId;
    }
    // a machine that joins the LAN after the shutdown has no cleanup task
    await admin
      .csv('devices/import', [DEVICE_HEADER, 'rb-late,10.20.1.120,SOC-HALL,SOC,XP,,,'].join('\n'))
      .expect(200);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('waives only with a reason, saying so once', async () => {
    const o = as(api, owner.token);
    const empty = await o.post(`incidents/${id}/devices/${device['rb-waive']}/waive`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'reason', message: 'reason is required' }]);
    await o
      .post(`incidents/${id}/devices/${device['rb-waive']}/waive`, { reason: 'to be scrapped' })
      .expect(200);
  });

  it('gives each blocker its state, infected and isolated first, with counts per state', async () => {
    const o = as(api, owner.token);
    const i = as(api, itu.token);
    // infected while its task is still open: infected, whatever the task says
    await as(api, council.admin)
      .post('detections', { hostname: 'rb-inf', signature: 'W32.Welchia', source: 'ids-1' })
      .expect(201);
    // isolated in an earlier incident, and never cleaned since
    await api.app
      .get(DataSource)
      .query(`UPDATE devices SET health = 'isolated' WHERE id = $1`, [device['rb-iso']]);
    await i.post(`tasks/${task['rb-claim']}/claim`).expect(200);
    await i.post(`tasks/${task['rb-short']}/complete`, { evidence: GOOD_EVIDENCE }).expect(200);
    const raised = [...TEST_BASELINE.requiredPatches, 'MS03-049'];
    await as(api, council.admin).put('baseline', { ...TEST_BASELINE, requiredPatches: raised });
    await i
      .post(`tasks/${task['rb-done']}/complete`, {
        evidence: { ...GOOD_EVIDENCE, patches: raised },
      })
      .expect(200);

    const refused = await o.post(`incidents/${id}/lans/${lan()}/transitions`, { to: 'reopened' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('reopen_blocked');
    expect(
      refused.body.blockers.map((b: { hostname: string; state: string }) => [b.hostname, b.state]),
    ).toEqual([
      ['rb-inf', 'infected'],
      ['rb-iso', 'isolated'],
      ['rb-claim', 'claimed'],
      ['rb-late', 'no_task'],
      ['rb-open', 'unclaimed'],
      ['rb-short', 'below_baseline'],
    ]);
    expect(refused.body.blockers[0]).toEqual({
      deviceId: device['rb-inf'],
      hostname: 'rb-inf',
      state: 'infected',
      why: 'detected infected',
    });
    expect(refused.body.blockers[5].why).toBe(
      'evidence falls short of the baseline: missing MS03-049',
    );
    const counts = {
      infected: 1,
      isolated: 1,
      unclaimed: 1,
      claimed: 1,
      below_baseline: 1,
      no_task: 1,
      cancelled: 0,
    };
    expect(refused.body.counts).toEqual(counts);
    expect(refused.body.detail).toBe(
      'SOC-HALL cannot reopen: 6 device(s) neither verified nor waived (1 infected, 1 isolated, ' +
        '1 not claimed, 1 in progress, 1 below the baseline, 1 without a cleanup task)',
    );

    // the LAN board counts the same from the same gate
    const board = await o.get(`incidents/${id}/lans`).expect(200);
    expect(board.body.items[0].devices).toEqual({
      total: 8,
      verified: 1,
      waived: 1,
      blocked: counts,
    });
  });
});
