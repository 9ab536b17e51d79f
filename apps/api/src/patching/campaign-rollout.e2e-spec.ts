import { as } from '../testing/incident-fixture';
import {
  ADV_SERVER,
  CampaignWorld,
  MS03_026,
  NT4,
  startCampaignWorld,
  W2K,
  XP,
} from '../testing/campaign-world';

jest.setTimeout(120_000);

type Counts = { total: number; pending: number; claimed: number; patched: number; failed: number };

/**
 * The must-show journey: one advisory through like machines, results, the owner's
 * approval and a rollout to two departments whose ITU members claim and mark their
 * devices, with one live server (the mail scanner) failing: its incident is linked to
 * the campaign and carries the service's fall-back plan and its first steps as tasks.
 */
describe('patch campaign: advisory → test devices → approval → rollout', () => {
  let w: CampaignWorld;
  let campaignId: string;
  let advisoryId: string;

  beforeAll(async () => {
    w = await startCampaignWorld();
  });
  afterAll(() => w?.api.close());

  const owner = () => as(w.api, w.owner.token);
  const deviceOf = (id: string, hostname: string) =>
    w.api
      .http()
      .get(`/api/v1/devices?limit=500`)
      .set('Authorization', `Bearer ${w.council.admin}`)
      .then((res) =>
        (res.body.items as { id: string; hostname: string; patches: string[] }[]).find(
          (d) => d.id === id || d.hostname === hostname,
        ),
      );

  it('records an advisory for owner and command only, refusing bad fields by name', async () => {
    const bad = await owner()
      .post('advisories', { ...MS03_026, severity: 'dire', affectedBuilds: [] })
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'affectedBuilds',
      'severity',
    ]);
    await as(w.api, w.soc1.token).post('advisories', MS03_026).expect(403);
    const created = await owner().post('advisories', MS03_026).expect(201);
    expect(created.body).toMatchObject({
      identifier: 'MS03-026',
      patch: 'MS03-026',
      severity: 'critical',
      affectedBuilds: [XP, W2K, ADV_SERVER, NT4],
    });
    advisoryId = created.body.id;
    await owner().post('advisories', MS03_026).expect(409);
    const edited = await as(w.api, w.command.token)
      .patch(`advisories/${advisoryId}`, { title: 'RPC DCOM buffer overrun' })
      .expect(200);
    expect(edited.body).toMatchObject({ title: 'RPC DCOM buffer overrun', patch: 'MS03-026' });
  });

  it('starts a campaign with one like machine per build, desktops and unpatched ones first', async () => {
    const res = await owner().post('campaigns', { advisoryId }).expect(201);
    campaignId = res.body.id;
    expect(res.body.status).toBe('testing');
    expect(res.body.testDevices.map((t: { hostname: string }) => t.hostname).sort()).toEqual([
      'edu-pc-1',
      'edu-srv-1',
      'edu-w2k-1',
    ]);
    expect(res.body.buildsWithoutDevices).toEqual([NT4]);
    await owner().post('campaigns', { advisoryId }).expect(409);
  });

  it('lets the owner choose other like machines of the affected builds only', async () => {
    const wrong = await owner()
      .put(`campaigns/${campaignId}/test-devices`, { testDeviceIds: [w.device['edu-old']] })
      .expect(400);
    expect(wrong.body.errors[0].field).toBe('testDeviceIds');
    const res = await owner()
      .put(`campaigns/${campaignId}/test-devices`, {
        testDeviceIds: [w.device['soc-pc-1'], w.device['edu-w2k-1'], w.device['edu-srv-1']],
      })
      .expect(200);
    expect(res.body.testDevices.map((t: { hostname: string }) => t.hostname).sort()).toEqual([
      'edu-srv-1',
      'edu-w2k-1',
      'soc-pc-1',
    ]);
  });

  it('refuses approval while a test has no result or failed, then approves; the baseline follows', async () => {
    const blocked = await owner().post(`campaigns/${campaignId}/approve`, {}).expect(409);
    expect(blocked.body.code).toBe('approval_blocked');
    expect(blocked.body.blockers.map((b: { why: string }) => b.why)).toEqual([
      'no_result',
      'no_result',
      'no_result',
    ]);
    const record = (device: string, result: string, note?: string) =>
      owner()
        .post(`campaigns/${campaignId}/test-devices/${w.device[device]}/result`, { result, note })
        .expect(200);
    await record('soc-pc-1', 'passed');
    await record('edu-w2k-1', 'passed');
    await record('edu-srv-1', 'failed', 'Reboot loop');
    const failed = await owner().post(`campaigns/${campaignId}/approve`, {}).expect(409);
    expect(failed.body.blockers).toEqual([
      { why: 'failed', build: ADV_SERVER, deviceId: w.device['edu-srv-1'], hostname: 'edu-srv-1' },
    ]);
    await record('edu-srv-1', 'passed', 'Vendor hotfix first, then the patch: boots');
    await as(w.api, w.command.token).post(`campaigns/${campaignId}/approve`, {}).expect(403);
    const before = await owner().get('baseline').expect(200);
    expect(before.body.requiredPatches).not.toContain('MS03-026');
    const approved = await owner().post(`campaigns/${campaignId}/approve`, {}).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvalBlockers: [] });
    expect(approved.body.approval.approvedBy.name).toBe('Margaret Hale');
    const after = await owner().get('baseline').expect(200);
    expect(after.body.requiredPatches).toEqual(['MS03-039', 'MS03-026']);
    const pc = await deviceOf(w.device['soc-pc-1'], 'soc-pc-1');
    expect(pc).toMatchObject({ compliant: false, missingPatches: ['MS03-026'] });
  });

  it('starts each department stage once, pending every affected device without the patch', async () => {
    await as(w.api, w.command.token)
      .post(`campaigns/${campaignId}/stages`, { departmentId: w.council.departments.SOC })
      .expect(403);
    const soc = await owner()
      .post(`campaigns/${campaignId}/stages`, { departmentId: w.council.departments.SOC })
      .expect(201);
    expect(soc.body.status).toBe('rolling_out');
    const socStage = soc.body.departments.find((d: { code: string }) => d.code === 'SOC');
    // four SOC machines run affected builds; soc-pc-2 had the patch already
    expect(socStage).toMatchObject({ affected: 4, stage: { total: 3, pending: 3 } });
    await owner()
      .post(`campaigns/${campaignId}/stages`, { departmentId: w.council.departments.SOC })
      .expect(409);
    const edu = await owner()
      .post(`campaigns/${campaignId}/stages`, { departmentId: w.council.departments.EDU })
      .expect(201);
    expect(edu.body.totals).toEqual({ total: 6, pending: 6, claimed: 0, patched: 0, failed: 0 });
  });

  it('scopes the devices to the ITU member’s department; one claimer wins and is named', async () => {
    const eduList = await as(w.api, w.edu.token).get(`campaigns/${campaignId}/devices`).expect(200);
    expect(eduList.body.items.map((d: { hostname: string }) => d.hostname)).toEqual([
      'edu-pc-1',
      'edu-srv-1',
      'edu-w2k-1',
    ]);
    await as(w.api, w.edu.token)
      .get(`campaigns/${campaignId}/devices?departmentId=${w.council.departments.SOC}`)
      .expect(403);
    const path = `campaigns/${campaignId}/devices/${w.device['soc-pc-1']}`;
    await as(w.api, w.edu.token).post(`${path}/claim`).expect(403);
    const [a, b] = await Promise.all([
      as(w.api, w.soc1.token).post(`${path}/claim`),
      as(w.api, w.soc2.token).post(`${path}/claim`),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? w.soc1 : w.soc2;
    const loser = a.status === 200 ? b : a;
    expect(loser.body).toMatchObject({
      code: 'already_claimed',
      claimedBy: { id: winner.id, name: winner.name },
    });
    const other = winner === w.soc1 ? w.soc2 : w.soc1;
    await as(w.api, other.token).post(`${path}/outcome`, { outcome: 'patched' }).expect(409);
    const done = await as(w.api, winner.token)
      .post(`${path}/outcome`, { outcome: 'patched', note: 'Installed, rebooted' })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'patched', completedBy: { id: winner.id } });
    const pc = await deviceOf(w.device['soc-pc-1'], 'soc-pc-1');
    expect(pc).toMatchObject({ missingPatches: [] });
    expect(pc?.patches).toContain('MS03-026');
  });

  it('opens an incident carrying the fall-back plan and its first steps as tasks when the live mail server fails', async () => {
    const path = `campaigns/${campaignId}/devices/${w.device['soc-mail-1']}`;
    await as(w.api, w.soc1.token).post(`${path}/outcome`, { outcome: 'failed' }).expect(400);
    const failed = await as(w.api, w.soc1.token)
      .post(`${path}/outcome`, { outcome: 'failed', note: 'Reboot loop after the patch' })
      .expect(200);
    expect(failed.body.status).toBe('failed');
    expect(failed.body.linkedIncident).toEqual({
      incidentId: expect.any(String),
      reference: expect.stringMatching(/\S/),
    });
    const incidentId = failed.body.linkedIncident.incidentId as string;
    const fallback = await owner().get(`incidents/${incidentId}/fallback`).expect(200);
    expect(fallback.body).toMatchObject({
      campaignId,
      advisoryId,
      identifier: 'MS03-026',
      device: { id: w.device['soc-mail-1'], hostname: 'soc-mail-1' },
      plan: { serviceId: w.mailServiceId, name: 'Mail scanning' },
    });
    const firstSteps = (
      fallback.body.plan.steps as {
        text: string;
        firstStep: boolean;
        task: { id: string } | null;
      }[]
    ).filter((s) => s.firstStep);
    expect(firstSteps.map((s) => s.text)).toEqual([
      'Tell the help desk that mail is delayed',
      'Bring up the standby scanner with anti-virus scanning only',
    ]);
    const tasks = await owner().get(`tasks?incidentId=${incidentId}`).expect(200);
    expect(tasks.body.items.map((t: { id: string }) => t.id).sort()).toEqual(
      firstSteps.map((s) => s.task?.id).sort(),
    );
    expect(
      tasks.body.items.every(
        (t: { departmentId: string }) => t.departmentId === w.council.departments.SOC,
      ),
    ).toBe(true);
    // a workstation failing opens none
    const desk = `campaigns/${campaignId}/devices/${w.device['soc-w2k-1']}`;
    const deskFailed = await as(w.api, w.soc2.token)
      .post(`${desk}/outcome`, { outcome: 'failed', note: 'Disk full' })
      .expect(200);
    expect(deskFailed.body.linkedIncident).toBeNull();
  });

  it('counts each department’s devices and completes when nothing is pending', async () => {
    for (const host of ['edu-pc-1', 'edu-w2k-1', 'edu-srv-1']) {
      await as(w.api, w.edu.token)
        .post(`campaigns/${campaignId}/devices/${w.device[host]}/claim`)
        .expect(200);
      await as(w.api, w.edu.token)
        .post(`campaigns/${campaignId}/devices/${w.device[host]}/outcome`, { outcome: 'patched' })
        .expect(200);
    }
    const board = await owner().get(`campaigns/${campaignId}`).expect(200);
    const stage = (code: string): Counts =>
      board.body.departments.find((d: { code: string }) => d.code === code).stage;
    expect(stage('SOC')).toMatchObject({ total: 3, pending: 0, claimed: 0, patched: 1, failed: 2 });
    expect(stage('EDU')).toMatchObject({ total: 3, pending: 0, claimed: 0, patched: 3, failed: 0 });
    expect(board.body.status).toBe('completed');
    const eduBoard = await as(w.api, w.edu.token).get(`campaigns/${campaignId}`).expect(200);
    expect(eduBoard.body.departments.map((d: { code: string }) => d.code)).toEqual(['EDU']);
    expect(eduBoard.body.totals).toMatchObject({ total: 3, patched: 3 });
    const eduList = await as(w.api, w.edu.token).get('campaigns').expect(200);
    expect(eduList.body.items[0].totals).toMatchObject({ total: 3, patched: 3, failed: 0 });
    const ownerList = await owner().get('campaigns').expect(200);
    expect(ownerList.body.items[0]).toMatchObject({
      status: 'completed',
      totals: { total: 6, patched: 4, failed: 2 },
    });

    const events = await owner().get(`campaigns/${campaignId}/events?limit=500`).expect(200);
    const types = events.body.items.map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => !t.startsWith('campaign.device_'))).toEqual([
      'campaign.created',
      'campaign.test_devices_set',
      'campaign.test_recorded',
      'campaign.test_recorded',
      'campaign.test_recorded',
      'campaign.test_recorded',
      'campaign.approved',
      'campaign.stage_started',
      'campaign.stage_started',
      'campaign.incident_linked',
      'campaign.completed',
    ]);
    expect(types.filter((t: string) => t === 'campaign.device_completed')).toHaveLength(6);
    expect(events.body.items.map((e: { seq: number }) => e.seq)).toEqual(
      types.map((_: string, i: number) => i + 1),
    );
    expect(board.body.lastSeq).toBe(types.length);
  });
  it('keeps an advisory a campaign used, and deletes one nobody used', async () => {
    const remove = (id: string) =>
      w.api
        .http()
        .delete(`/api/v1/advisories/${id}`)
        .set('Authorization', `Bearer ${w.owner.token}`);
    const kept = await remove(advisoryId);
    expect(kept.status).toBe(409);
    expect(kept.body.code).toBe('conflict');
    const spare = await owner()
      .post('advisories', { ...MS03_026, identifier: 'MS03-039', patch: 'MS03-039' })
      .expect(201);
    await as(w.api, w.soc1.token).get(`advisories/${spare.body.id}`).expect(200);
    const gone = await remove(spare.body.id);
    expect(gone.status).toBe(204);
    await owner().get(`advisories/${spare.body.id}`).expect(404);
  });
});
