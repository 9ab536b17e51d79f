import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from '../testing/incident-fixture';

describe('LAN plans over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let command: { token: string; id: string };
  let itu: { token: string; id: string };
  const devices: Record<string, string> = {};
  const declare = async () =>
    (
      await as(api, owner.token)
        .post('incidents', { title: 'Welchia', severity: 1, summary: 's', ownerId: owner.id })
        .expect(201)
    ).body.id as string;
  const move = (token: string, id: string, lan: string, body: object) =>
    as(api, token).post(`incidents/${id}/lans/${lan}/transitions`, body);

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const lines = [DEVICE_HEADER];
    for (let i = 1; i <= 8; i++) lines.push(`SOC-D-${i},,SOC-DEPOT,SOC,XP,,Sophos,2026-02-10`);
    // a machine of Education's sitting on Social Services' LAN: its task goes to Education
    lines.push('EDU-LOAN-1,,SOC-DEPOT,EDU,XP,,McAfee,2026-02-10');
    lines.push('SOC-H-1,10.20.1.30,SOC-HALL,SOC,XP,,Sophos,2026-02-10');
    await admin.csv('devices/import', lines.join('\n')).expect(200);
    for (const r of await api.app.get(DataSource).query(`SELECT id, hostname FROM devices`)) {
      devices[r.hostname] = r.id;
    }
    owner = await api.login(['owner']);
    command = await api.login(['command']);
    itu = await api.login(['itu'], { departmentId: council.departments.SOC });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('holds a LAN in at most one open incident plan, and adding it again changes nothing', async () => {
    const a = await declare();
    const b = await declare();
    const lan = council.lans['SOC-HALL'];
    const first = await as(api, command.token).post(`incidents/${a}/lans`, { lanIds: [lan] });
    expect(first.status).toBe(201);
    expect(first.body.items).toEqual([
      expect.objectContaining({
        lanId: lan,
        code: 'SOC-HALL',
        phase: 'planned',
        devices: expect.objectContaining({ total: 1, verified: 0, waived: 0 }),
        faultReports: 0,
      }),
    ]);
    expect((await as(api, owner.token).post(`incidents/${a}/lans`, { lanIds: [lan] })).status).toBe(
      201,
    );
    const taken = await as(api, owner.token).post(`incidents/${b}/lans`, { lanIds: [lan] });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      code: 'conflict',
      field: 'lanIds',
      lans: [{ lanId: lan, code: 'SOC-HALL', incidentId: a }],
    });
    const events = (await as(api, owner.token).get(`incidents/${a}/events`)).body.items;
    expect(events.filter((e: { type: string }) => e.type === 'lan.planned')).toHaveLength(1);
    expect((await as(api, itu.token).post(`incidents/${a}/lans`, { lanIds: [lan] })).status).toBe(
      403,
    );
    const unknown = await as(api, owner.token).post(`incidents/${a}/lans`, {
      lanIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('lanIds');
    expect((await as(api, owner.token).post(`incidents/${a}/lans`, { lanIds: [] })).status).toBe(
      400,
    );
    // two incidents racing for one LAN: one wins
    const lan2 = council.lans['EDU-HALL'];
    const race = await Promise.all(
      [a, b].map((id) => as(api, owner.token).post(`incidents/${id}/lans`, { lanIds: [lan2] })),
    );
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    for (const id of [a, b])
      await as(api, owner.token)
        .post(`incidents/${id}/status`, { to: 'closed', force: true, reason: 'x' })
        .expect(200);
  });

  it('creates one cleanup task per device, for its own department, exactly once however often the shutdown is sent', async () => {
    const id = await declare();
    const lan = council.lans['SOC-DEPOT'];
    await as(api, owner.token)
      .post(`incidents/${id}/lans`, { lanIds: [lan] })
      .expect(201);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        move(i % 2 ? owner.token : command.token, id, lan, { to: 'shut_down', reason: 'cleaning' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.every((a) => a.body.phase === 'shut_down')).toBe(true);
    const tasks = (await as(api, owner.token).get(`tasks?incidentId=${id}&limit=500`)).body.items;
    expect(tasks).toHaveLength(9);
    expect(new Set(tasks.map((t: { deviceId: string }) => t.deviceId)).size).toBe(9);
    const loan = tasks.find((t: { deviceId: string }) => t.deviceId === devices['edu-loan-1']);
    expect(loan.departmentId).toBe(council.departments.EDU);
    expect(new Date(loan.dueAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    const events = (await as(api, owner.token).get(`incidents/${id}/events?limit=500`)).body.items;
    expect(events.filter((e: { type: string }) => e.type === 'lan.phase_changed')).toHaveLength(1);
    expect(events.filter((e: { type: string }) => e.type === 'task.created')).toHaveLength(9);
    const notices = await api.app
      .get(DataSource)
      .query(
        `SELECT job_name, payload FROM outbox WHERE job_id LIKE 'lan-phase:%' AND payload->>'incidentId' = $1`,
        [id],
      );
    expect(notices).toEqual([
      {
        job_name: 'notify.lan_phase_changed',
        payload: expect.objectContaining({
          lanId: lan,
          code: 'SOC-DEPOT',
          from: 'planned',
          to: 'shut_down',
          reason: 'cleaning',
        }),
      },
    ]);
    // Education is now involved: its ITU may follow the incident
    expect(
      (await as(api, owner.token).get(`incidents/${id}`)).body.affectedDepartmentIds.sort(),
    ).toEqual([council.departments.SOC, council.departments.EDU].sort());
    await as(api, owner.token)
      .post(`incidents/${id}/status`, { to: 'closed', force: true, reason: 'x' })
      .expect(200);
  });

  it('refuses moves the phase table forbids, and moves by people who may not', async () => {
    const id = await declare();
    const lan = council.lans['SOC-HALL'];
    await as(api, owner.token)
      .post(`incidents/${id}/lans`, { lanIds: [lan] })
      .expect(201);
    const early = await move(owner.token, id, lan, { to: 'reopened' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'invalid_transition', allowed: ['shut_down'] });
    expect((await move(owner.token, id, lan, { to: 'planned' })).status).toBe(400);
    expect((await move(itu.token, id, lan, { to: 'shut_down' })).status).toBe(403);
    expect(
      (await move(owner.token, id, council.lans['EDU-HALL'], { to: 'shut_down' })).status,
    ).toBe(404);
    await move(command.token, id, lan, {
      to: 'shut_down',
      notifyStaff: false,
      taskDueAt: '2030-01-01T10:00:00Z',
    }).expect(200);
    const [task] = (await as(api, owner.token).get(`tasks?incidentId=${id}`)).body.items;
    expect(task.dueAt).toBe('2030-01-01T10:00:00.000Z');
    const notices = await api.app
      .get(DataSource)
      .query(
        `SELECT 1 FROM outbox WHERE job_id LIKE 'lan-phase:%' AND payload->>'incidentId' = $1`,
        [id],
      );
    expect(notices).toHaveLength(0);
    await move(command.token, id, lan, { to: 'cleaning' }).expect(200);
    expect((await move(command.token, id, lan, { to: 'shut_down' })).body.code).toBe(
      'invalid_transition',
    );
    await as(api, itu.token)
      .post(`tasks/${task.id}/complete`, { evidence: GOOD_EVIDENCE })
      .expect(200);
    expect((await move(command.token, id, lan, { to: 'reopened' })).status).toBe(403);
    const reopened = await move(owner.token, id, lan, { to: 'reopened' });
    expect(reopened.body).toMatchObject({
      phase: 'reopened',
      devices: { total: 1, verified: 1, waived: 0 },
    });
    expect((await move(owner.token, id, lan, { to: 'reopened' })).status).toBe(200);
    expect((await move(owner.token, id, lan, { to: 'shut_down' })).body.code).toBe(
      'invalid_transition',
    );
    await as(api, owner.token).post(`incidents/${id}/status`, { to: 'closed' }).expect(200);
    expect((await move(owner.token, id, lan, { to: 'cleaning' })).body.code).toBe(
      'invalid_transition',
    );
  });

  it('re-measures evidence against the baseline in force at the gate, and waives only devices in the plan', async () => {
    const id = await declare();
    const lan = council.lans['SOC-HALL'];
    const o = as(api, owner.token);
    await o.post(`incidents/${id}/lans`, { lanIds: [lan] }).expect(201);
    await move(owner.token, id, lan, { to: 'shut_down' }).expect(200);
    const [task] = (await o.get(`tasks?incidentId=${id}`)).body.items;
    await as(api, itu.token)
      .post(`tasks/${task.id}/complete`, { evidence: GOOD_EVIDENCE })
      .expect(200);
    await as(api, council.admin)
      .put('baseline', {
        ...TEST_BASELINE,
        requiredPatches: [...TEST_BASELINE.requiredPatches, 'MS03-049'],
      })
      .expect(200);
    const blocked = await move(owner.token, id, lan, { to: 'reopened' });
    await as(api, council.admin).put('baseline', TEST_BASELINE).expect(200);
    expect(blocked.status).toBe(409);
    expect(blocked.body.blockers).toEqual([
      {
        deviceId: devices['soc-h-1'],
        hostname: 'soc-h-1',
        state: 'below_baseline',
        why: 'evidence falls short of the baseline: missing MS03-049',
      },
    ]);
    const elsewhere = await o.post(`incidents/${id}/devices/${devices['soc-d-1']}/waive`, {
      reason: 'x',
    });
    expect(elsewhere.status).toBe(422);
    expect((await o.post(`incidents/${id}/devices/${devices['soc-h-1']}/waive`, {})).status).toBe(
      400,
    );
    expect(
      (
        await o.post(`incidents/${id}/devices/00000000-0000-4000-8000-000000000000/waive`, {
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    const waived = await o.post(`incidents/${id}/devices/${devices['soc-h-1']}/waive`, {
      reason: 'Replaced',
    });
    expect(waived.status).toBe(200);
    expect(waived.body).toMatchObject({
      hostname: 'soc-h-1',
      reason: 'Replaced',
      waivedBy: { id: owner.id },
    });
    // a done task is not cancelled by a waiver
    expect((await o.get(`tasks/${task.id}`)).body.status).toBe('done');
    await move(owner.token, id, lan, { to: 'reopened' }).expect(200);
    await o.post(`incidents/${id}/status`, { to: 'closed' }).expect(200);
  });
});
