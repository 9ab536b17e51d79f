import {
  acknowledgementsOf,
  CaseStudy,
  claimsOf,
  detectWithKey,
  lanPhasesOf,
  ofType,
  startCaseStudy,
  storyOf,
  taskFor,
} from '../testing/case-study-steps';
import { as, GOOD_EVIDENCE } from '../testing/incident-fixture';

/**
 * The council's response to W32.Welchia, replayed through the API: one owner, two
 * departments' LANs shut down, cleanup spread across both IT units, the reopen gate,
 * and a machine caught scanning again on the reopened LAN. The timeline tells it all.
 */
describe('the Welchia case study, replayed', () => {
  const API_KEY = 'monitoring-key-0123456789abcdef';
  let world: CaseStudy;

  beforeAll(async () => {
    world = await startCaseStudy(API_KEY);
  });
  afterAll(async () => {
    await world?.api.close();
  });

  it('carries the response from declaration to the reinfected machine, and the log tells it in order', async () => {
    const { api, council, owner, command, ituSoc1, ituSoc2, ituEdu, staff, device } = world;
    const o = as(api, owner.token);
    const cit = as(api, command.token);
    const soc1 = as(api, ituSoc1.token);
    const soc2 = as(api, ituSoc2.token);
    const edu = as(api, ituEdu.token);
    const SOC_HALL = council.lans['SOC-HALL'];
    const EDU_HALL = council.lans['EDU-HALL'];

    // Networks staff see a host scanning before anyone has declared anything.
    const early = await cit.post('detections', {
      hostname: 'soc-pc-002',
      signature: 'W32.Welchia: TCP 135 sweep',
      source: 'ids-core',
    });
    expect(early.status).toBe(201);
    expect(early.body).toMatchObject({ action: 'marked_infected', incidentId: null });

    // One owner, named at declaration.
    const declared = await o.post('incidents', {
      title: 'W32.Welchia in Social Services and Education',
      severity: 1,
      summary: 'Hosts scanning TCP 135 in two departments',
      ownerId: owner.id,
      updateCadenceMinutes: 60,
    });
    expect(declared.status).toBe(201);
    expect(declared.body).toMatchObject({
      reference: expect.stringMatching(/^INC-\d{4}-0001$/),
      status: 'active',
      severity: 1,
      owner: { id: owner.id, name: 'Margaret Owner' },
    });
    const id = declared.body.id as string;

    expect((await o.post(`incidents/${id}/lans`, { lanIds: [SOC_HALL, EDU_HALL] })).status).toBe(
      201,
    );

    // A directive every department must acknowledge; the owner sees who has not.
    const directive = await o.post(`incidents/${id}/directives`, {
      text: 'Install the RPC patch MS03-026 on every machine by 18:00',
      allDepartments: true,
      dueAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
    });
    expect(directive.status).toBe(201);
    await soc2.post(`directives/${directive.body.id}/acknowledge`).expect(200);
    const board = await o.get(`incidents/${id}/directives`).expect(200);
    expect(board.body.items[0]).toMatchObject({ acknowledged: 1, pending: 1 });
    expect(acknowledgementsOf(board.body.items[0])).toEqual([
      ['EDU', false],
      ['SOC', true],
    ]);

    // Both LANs shut down; cleanup tasks appear, one per machine, exactly once.
    const socDown = await o.post(`incidents/${id}/lans/${SOC_HALL}/transitions`, {
      to: 'shut_down',
    });
    expect(socDown.status).toBe(200);
    expect(socDown.body).toMatchObject({
      code: 'SOC-HALL',
      phase: 'shut_down',
      devices: { total: 3, verified: 0, waived: 0 },
    });
    await o.post(`incidents/${id}/lans/${SOC_HALL}/transitions`, { to: 'shut_down' }).expect(200);
    await cit.post(`incidents/${id}/lans/${EDU_HALL}/transitions`, { to: 'shut_down' }).expect(200);

    const socQueue = await soc1.get('tasks?status=open').expect(200);
    expect(
      socQueue.body.items.map((t: { device: { hostname: string } }) => t.device.hostname).sort(),
    ).toEqual(['soc-pc-001', 'soc-pc-002', 'soc-pc-003']);
    expect(socQueue.body.items[0]).toMatchObject({ kind: 'clean_device', incidentId: id });
    const eduQueue = await edu.get('tasks').expect(200);
    expect(eduQueue.body.items).toHaveLength(2);
    expect((await edu.get(`tasks?departmentId=${council.departments.SOC}`)).status).toBe(403);
    const queued = [...socQueue.body.items, ...eduQueue.body.items];
    const taskOf = (hostname: string) => taskFor(queued, device[hostname]).id;
    expect(taskFor(queued, device['soc-pc-001']).device.missingPatches).toEqual(['MS03-026']);

    // Staff call the help desk; the desk is told it is the known incident.
    const fault = await as(api, staff.token).post('fault-reports', {
      lanId: SOC_HALL,
      description: 'PC cannot reach the file server',
    });
    expect(fault.status).toBe(201);
    expect(fault.body).toMatchObject({
      incidentId: id,
      incident: { reference: declared.body.reference },
      lans: [{ code: 'SOC-HALL', phase: 'shut_down' }],
    });

    // Both IT units claim; a claim across departments is refused.
    const claim1 = await soc1.post(`tasks/${taskOf('soc-pc-001')}/claim`);
    expect(claim1.status).toBe(200);
    expect(claim1.body).toMatchObject({ status: 'claimed', claimedBy: { id: ituSoc1.id } });
    await edu.post(`tasks/${taskOf('edu-pc-001')}/claim`).expect(200);
    const across = await edu.post(`tasks/${taskOf('soc-pc-002')}/claim`);
    expect(across.status).toBe(403);
    expect(across.body.code).toBe('forbidden');

    // Reopening now is refused, naming every machine and why.
    const refused = await o.post(`incidents/${id}/lans/${SOC_HALL}/transitions`, {
      to: 'reopened',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('reopen_blocked');
    // the machine the scanner saw infected comes first, as infected, whatever its task says
    expect(refused.body.blockers).toEqual([
      {
        deviceId: device['soc-pc-002'],
        hostname: 'soc-pc-002',
        state: 'infected',
        why: 'detected infected',
      },
      {
        deviceId: device['soc-pc-001'],
        hostname: 'soc-pc-001',
        state: 'claimed',
        why: 'cleanup task claimed by Sam SOC but not completed',
      },
      {
        deviceId: device['soc-pc-003'],
        hostname: 'soc-pc-003',
        state: 'unclaimed',
        why: 'cleanup task not claimed yet',
      },
    ]);
    expect(
      (await cit.post(`incidents/${id}/lans/${SOC_HALL}/transitions`, { to: 'reopened' })).status,
    ).toBe(403);

    // The incorrectly patched machine is caught at the desk.
    const short = await soc1.post(`tasks/${taskOf('soc-pc-001')}/complete`, {
      note: 'patched and scanned',
      evidence: { ...GOOD_EVIDENCE, patches: ['MS03-039'] },
    });
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({ code: 'evidence_below_baseline', missing: ['MS03-026'] });
    const done1 = await soc1.post(`tasks/${taskOf('soc-pc-001')}/complete`, {
      note: 'patched, Sophos updated, full scan clean',
      evidence: GOOD_EVIDENCE,
    });
    expect(done1.status).toBe(200);
    expect(done1.body.status).toBe('done');
    const record = await o.get(`devices/${device['soc-pc-001']}`).expect(200);
    expect(record.body).toMatchObject({
      compliant: true,
      health: 'clean',
      avSignatureDate: '2026-02-10',
    });

    await soc2.post(`tasks/${taskOf('soc-pc-002')}/claim`).expect(200);
    await soc2
      .post(`tasks/${taskOf('soc-pc-002')}/complete`, { evidence: GOOD_EVIDENCE })
      .expect(200);
    // The third machine was unplugged for good: the owner waives it with that reason.
    expect(
      (await cit.post(`incidents/${id}/devices/${device['soc-pc-003']}/waive`, { reason: 'x' }))
        .status,
    ).toBe(403);
    await o
      .post(`incidents/${id}/devices/${device['soc-pc-003']}/waive`, {
        reason: 'Unplugged for good; awaiting disposal',
      })
      .expect(200);

    const plan = await o.get(`incidents/${id}/lans`).expect(200);
    expect(plan.body.items).toEqual([
      expect.objectContaining({
        code: 'EDU-HALL',
        phase: 'shut_down',
        devices: expect.objectContaining({ total: 2, verified: 0, waived: 0 }),
      }),
      expect.objectContaining({
        code: 'SOC-HALL',
        phase: 'shut_down',
        devices: expect.objectContaining({ total: 3, verified: 2, waived: 1 }),
        faultReports: 1,
      }),
    ]);

    await cit.post(`incidents/${id}/lans/${SOC_HALL}/transitions`, { to: 'cleaning' }).expect(200);
    const reopened = await o.post(`incidents/${id}/lans/${SOC_HALL}/transitions`, {
      to: 'reopened',
      reason: 'every machine verified or waived',
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.phase).toBe('reopened');

    // A cleaned machine is caught scanning again on the reopened LAN: isolated at once.
    const caught = await detectWithKey(api, API_KEY, {
      ip: '10.20.1.11',
      signature: 'W32.Welchia: ICMP sweep',
      source: 'ids-core',
    });
    expect(caught.status).toBe(201);
    expect(caught.body).toMatchObject({
      deviceId: device['soc-pc-001'],
      incidentId: id,
      phase: 'reopened',
      action: 'isolated',
      taskId: expect.any(String),
    });
    const again = await detectWithKey(api, API_KEY, {
      hostname: 'SOC-PC-001',
      signature: 'W32.Welchia: ICMP sweep',
      source: 'ids-core',
    });
    expect(again.body.taskId).toBe(caught.body.taskId);
    const isolation = await soc1.get(`tasks/${caught.body.taskId}`).expect(200);
    expect(isolation.body).toMatchObject({
      kind: 'isolate_and_clean',
      status: 'open',
      departmentId: council.departments.SOC,
      device: { hostname: 'soc-pc-001', health: 'isolated' },
    });
    expect((await o.get(`incidents/${id}/lans`)).body.items[1].phase).toBe('reopened');

    // The timeline, oldest first, gap-free.
    const events = await o.get(`incidents/${id}/events?limit=500`).expect(200);
    const items = events.body.items;
    const story = storyOf(items);
    expect(story).toEqual([
      '1 incident.created',
      '2 lan.planned EDU-HALL',
      '3 lan.planned SOC-HALL',
      '4 directive.issued',
      `5 directive.acknowledged ${council.departments.SOC}`,
      '6 lan.phase_changed SOC-HALL',
      '7 task.created soc-pc-001',
      '8 task.created soc-pc-002',
      '9 task.created soc-pc-003',
      '10 lan.phase_changed EDU-HALL',
      '11 task.created edu-pc-001',
      '12 task.created edu-pc-002',
      '13 fault.reported',
      `14 task.claimed ${council.departments.SOC}`,
      `15 task.claimed ${council.departments.EDU}`,
      `16 task.completed ${council.departments.SOC}`,
      `17 task.claimed ${council.departments.SOC}`,
      `18 task.completed ${council.departments.SOC}`,
      '19 device.waived SOC-HALL',
      `20 task.cancelled ${council.departments.SOC}`,
      '21 lan.phase_changed SOC-HALL',
      '22 lan.phase_changed SOC-HALL',
      '23 detection.recorded soc-pc-001',
      '24 device.isolated soc-pc-001',
      '25 task.created soc-pc-001',
      '26 detection.recorded soc-pc-001',
    ]);
    expect(lanPhasesOf(items)).toEqual([
      'SOC-HALL:shut_down',
      'EDU-HALL:shut_down',
      'SOC-HALL:cleaning',
      'SOC-HALL:reopened',
    ]);
    expect(claimsOf(items, council.departments)).toEqual([
      'SOC:Sam SOC',
      'EDU:Ed EDU',
      'SOC:Sue SOC',
    ]);
    expect(items[0].actor).toEqual({ id: owner.id, name: 'Margaret Owner', kind: 'user' });
    expect(ofType(items, 'detection.recorded')[0].actor).toMatchObject({ kind: 'api_key' });
    expect(events.body.nextCursor).toBeNull();
  });
});
