import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, bulkUsers, DEVICE_HEADER, GOOD_EVIDENCE } from '../testing/incident-fixture';

/** Exclusive claims and a gap-free timeline under concurrent HTTP commands. */
describe('incident command under concurrency', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let incidentId: string;
  let taskIds: string[];

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    const lines = [DEVICE_HEADER];
    for (let i = 1; i <= 20; i++) {
      lines.push(
        `EDU-C-${String(i).padStart(3, '0')},10.30.1.${i + 10},EDU-HALL,EDU,XP,,McAfee,2026-02-10`,
      );
    }
    for (let i = 1; i <= 60; i++) {
      lines.push(
        `SOC-C-${String(i).padStart(3, '0')},10.20.1.${i + 10},SOC-HALL,SOC,XP,,Sophos,2026-02-10`,
      );
    }
    await admin.csv('devices/import', lines.join('\n')).expect(200);
    owner = await api.login(['owner']);
    const o = as(api, owner.token);
    incidentId = (
      await o
        .post('incidents', { title: 'Welchia', severity: 1, summary: 's', ownerId: owner.id })
        .expect(201)
    ).body.id;
    await o
      .post(`incidents/${incidentId}/lans`, { lanIds: [council.lans['SOC-HALL']] })
      .expect(201);
    await o
      .post(`incidents/${incidentId}/lans/${council.lans['SOC-HALL']}/transitions`, {
        to: 'shut_down',
      })
      .expect(200);
    const tasks = await o.get(`tasks?incidentId=${incidentId}&limit=500`).expect(200);
    taskIds = tasks.body.items.map((t: { id: string }) => t.id);
    expect(taskIds).toHaveLength(60);
  });
  afterAll(async () => {
    await api?.close();
  });

  const eventsOf = async (type?: string) =>
    (await api.app
      .get(DataSource)
      .query(
        `SELECT seq, type, data FROM events WHERE incident_id = $1 ${type ? 'AND type = $2' : ''} ORDER BY seq`,
        type ? [incidentId, type] : [incidentId],
      )) as { seq: number; type: string; data: Record<string, unknown> }[];

  it('gives one task to exactly one of 100 concurrent claimers: one 200, 99 already_claimed, one event', async () => {
    const claimers = await bulkUsers(api, 100, ['itu'], council.departments.SOC, 'claimer');
    const task = taskIds[0];
    const answers = await Promise.all(
      claimers.map((c) => as(api, c.token).post(`tasks/${task}/claim`)),
    );
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 409);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(99);
    expect(refused.every((a) => a.body.code === 'already_claimed')).toBe(true);
    const winner = claimers.find((c) => c.id === ok[0].body.claimedBy.id);
    expect(winner).toBeDefined();
    const claimed = (await eventsOf('task.claimed')).filter((e) => e.data['taskId'] === task);
    expect(claimed).toHaveLength(1);
    expect(claimed[0].data['claimedBy']).toEqual({ id: winner?.id, name: winner?.name });
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT status, claimed_by_id FROM tasks WHERE id = $1`, [task]);
    expect(row).toEqual({ status: 'claimed', claimed_by_id: winner?.id });
  });

  it('claims once for 100 concurrent claims by one user: each answered with the same claim, one event', async () => {
    const [one] = await bulkUsers(api, 1, ['itu'], council.departments.SOC, 'eager');
    const task = taskIds[1];
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => as(api, one.token).post(`tasks/${task}/claim`)),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(100);
    expect(new Set(answers.map((a) => `${a.body.claimedBy.id} ${a.body.claimedAt}`))).toEqual(
      new Set([`${one.id} ${answers[0].body.claimedAt}`]),
    );
    const claimed = (await eventsOf('task.claimed')).filter((e) => e.data['taskId'] === task);
    expect(claimed).toHaveLength(1);
  });

  it('numbers 50 concurrent commands on one incident seq 1..N with no gap and no repeat', async () => {
    const before = (await eventsOf()).length;
    const claimers = await bulkUsers(api, 25, ['itu'], council.departments.SOC, 'mixed');
    const o = as(api, owner.token);
    const commands = [
      ...claimers.map((c, i) => as(api, c.token).post(`tasks/${taskIds[10 + i]}/claim`)),
      ...Array.from({ length: 25 }, (_, i) =>
        o.post(`incidents/${incidentId}/updates`, { message: `update ${i}` }),
      ),
    ];
    const answers = await Promise.all(commands);
    expect(answers.map((a) => a.status).sort()).toEqual([
      ...Array(25).fill(200),
      ...Array(25).fill(201),
    ]);
    const seqs = (await eventsOf()).map((e) => e.seq);
    expect(seqs).toHaveLength(before + 50);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const page = await o
      .get(`incidents/${incidentId}/events?sinceSeq=${before}&limit=500`)
      .expect(200);
    expect(page.body.items.map((e: { seq: number }) => e.seq)).toEqual(
      Array.from({ length: 50 }, (_, i) => before + i + 1),
    );
  });

  it('takes claims, completions, detections, a shutdown and updates at once on one incident without a deadlock or a gap', async () => {
    const o = as(api, owner.token);
    const command = await api.login(['command']);
    const workers = await bulkUsers(api, 20, ['itu'], council.departments.SOC, 'worker');
    await o
      .post(`incidents/${incidentId}/lans`, { lanIds: [council.lans['EDU-HALL']] })
      .expect(201);
    const open = (await o.get(`tasks?incidentId=${incidentId}&status=open&limit=500`)).body
      .items as {
      id: string;
      device: { hostname: string; ip: string };
    }[];
    const picked = open.slice(0, 20);
    const answers = await Promise.all([
      ...picked.map((t, i) =>
        as(api, workers[i].token).post(`tasks/${t.id}/complete`, { evidence: GOOD_EVIDENCE }),
      ),
      ...picked.map((t) =>
        as(api, command.token).post('detections', {
          hostname: t.device.hostname,
          signature: 'TCP 135 sweep',
          source: 'ids',
        }),
      ),
      o.post(`incidents/${incidentId}/lans/${council.lans['EDU-HALL']}/transitions`, {
        to: 'shut_down',
      }),
      ...Array.from({ length: 10 }, (_, i) =>
        o.post(`incidents/${incidentId}/updates`, { message: `mixed ${i}` }),
      ),
    ]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => [200, 201, 409].includes(s))).toBe(true);
    const seqs = (await eventsOf()).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const eduTasks = await o.get(
      `tasks?incidentId=${incidentId}&lanId=${council.lans['EDU-HALL']}&limit=500`,
    );
    expect(eduTasks.body.items).toHaveLength(20);
  });
});
