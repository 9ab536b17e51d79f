import type { AuthUser } from '@cordon/auth';
import { FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { PatchingModule } from '../patching.module';
import { AdvisoriesService } from './advisories.service';
import { CampaignStagesService } from './campaign-stages.service';
import { CampaignsService } from './campaigns.service';
import { RolloutService } from './rollout.service';

const XP = 'Windows XP Professional SP1';

/**
 * The campaign services on the real PostgreSQL: ten ITU members claiming one device at
 * once (one wins, the rest are told who), the baseline joined once by approval, the
 * campaign completed by its last device, each change with its one event.
 */
describe(RolloutService.name, () => {
  let t: FeatureTestApp;
  let owner: AuthUser;
  let itus: AuthUser[];
  let deviceId: string;
  let departmentId: string;

  const user = async (name: string, roles: AuthUser['roles'], dept: string | null) => {
    const [row] = await t.ds.query(
      `INSERT INTO users (email, name, password_hash, roles, department_id)
       VALUES ($1, $2, 'x', $3, $4) RETURNING id`,
      [`${name.replace(/\s/g, '.')}@test.example`, name, roles, dept],
    );
    return { id: row.id as string, email: `${name}@test.example`, name, roles, departmentId: dept };
  };
  const events = async (type: string) =>
    (await t.ds.query(`SELECT count(*)::int AS n FROM events WHERE type = $1`, [type]))[0]
      .n as number;

  beforeAll(async () => {
    t = await startFeatureTestApp({ imports: [PatchingModule] });
    [{ id: departmentId }] = await t.ds.query(
      `INSERT INTO departments (code, name) VALUES ('SOC', 'Social Services') RETURNING id`,
    );
    const [{ id: siteId }] = await t.ds.query(
      `INSERT INTO sites (code, name) VALUES ('HALL', 'Civic Hall') RETURNING id`,
    );
    const [{ id: lanId }] = await t.ds.query(
      `INSERT INTO lans (code, name, site_id, department_id) VALUES ('SOC-HALL', 'SOC hall', $1, $2) RETURNING id`,
      [siteId, departmentId],
    );
    [{ id: deviceId }] = await t.ds.query(
      `INSERT INTO devices (hostname, lan_id, department_id, os, patches)
       VALUES ('soc-pc-1', $1, $2, $3, '{MS03-039}') RETURNING id`,
      [lanId, departmentId, XP],
    );
    await t.ds.query(`INSERT INTO baselines (id, required_patches) VALUES (1, '{MS03-039}')`);
    owner = await user('Olive Owner', ['owner'], null);
    itus = [];
    for (let i = 1; i <= 10; i++) itus.push(await user(`Itu ${i}`, ['itu'], departmentId));
  }, 60_000);
  afterAll(() => t?.close());

  it('lets exactly one of ten claimers win, tells the others who, and completes on the last device', async () => {
    const advisory = await t.get(AdvisoriesService).create(
      {
        identifier: 'MS03-026',
        title: 'RPC DCOM',
        severity: 'critical',
        affectedBuilds: [XP],
        patch: 'MS03-026',
      },
      owner,
    );
    const campaigns = t.get(CampaignsService);
    const campaign = await campaigns.create({ advisoryId: advisory.id }, owner);
    expect(campaign.testDevices.map((d) => d.deviceId)).toEqual([deviceId]);
    await campaigns.recordTest(campaign.id, deviceId, { result: 'passed' }, owner);
    await campaigns.approve(campaign.id, undefined, owner);
    // approving again changes nothing: one approval, one baseline change
    await expect(campaigns.approve(campaign.id, undefined, owner)).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    expect(await events('baseline.updated')).toBe(1);
    const [baseline] = await t.ds.query(`SELECT required_patches FROM baselines`);
    expect(baseline.required_patches).toEqual(['MS03-039', 'MS03-026']);

    await t.get(CampaignStagesService).start(campaign.id, departmentId, owner);
    const rollout = t.get(RolloutService);
    const results = await Promise.allSettled(
      itus.map((u) => rollout.claim(campaign.id, deviceId, u)),
    );
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [itus[i]] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected')
        expect(r.reason).toMatchObject({
          code: 'already_claimed',
          extra: { claimedBy: { id: won[0].id, name: won[0].name } },
        });
    }
    expect(await events('campaign.device_claimed')).toBe(1);

    const done = await rollout.complete(campaign.id, deviceId, { outcome: 'patched' }, won[0]);
    expect(done.status).toBe('patched');
    const [device] = await t.ds.query(`SELECT patches FROM devices WHERE id = $1`, [deviceId]);
    expect(device.patches).toEqual(['MS03-026', 'MS03-039']);
    const board = await campaigns.get(campaign.id, owner);
    expect(board.status).toBe('completed');
    expect(board.totals).toEqual({ total: 1, pending: 0, claimed: 0, patched: 1, failed: 0 });
    expect(await events('campaign.completed')).toBe(1);
    const seqs = await t.ds.query(`SELECT seq FROM events WHERE stream = $1 ORDER BY seq`, [
      `campaign:${campaign.id}`,
    ]);
    expect(seqs.map((s: { seq: number }) => s.seq)).toEqual(
      seqs.map((_: unknown, i: number) => i + 1),
    );
  }, 60_000);
});
