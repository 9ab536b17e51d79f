import { DataSource } from 'typeorm';
import { DirectiveEscalationService } from '@cordon/incidents';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as } from '../testing/incident-fixture';

describe('directives over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let command: { token: string; id: string };
  let ituSoc: { token: string; id: string };
  let ituSoc2: { token: string; id: string };
  let ituEdu: { token: string; id: string };
  let incidentId: string;
  const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    owner = await api.login(['owner']);
    command = await api.login(['command']);
    ituSoc = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sam' });
    ituSoc2 = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sue' });
    ituEdu = await api.login(['itu'], { departmentId: council.departments.EDU, name: 'Ed' });
    incidentId = (
      await as(api, owner.token)
        .post('incidents', { title: 'Welchia', severity: 1, summary: 's', ownerId: owner.id })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lets only the owner issue, to named or all departments, with a due time ahead', async () => {
    const issue = (token: string, body: object) =>
      as(api, token).post(`incidents/${incidentId}/directives`, body);
    const ok = {
      text: 'Patch MS03-026',
      departmentIds: [council.departments.SOC],
      dueAt: inHours(2),
    };
    expect((await issue(command.token, ok)).status).toBe(403);
    expect((await issue(ituSoc.token, ok)).status).toBe(403);
    const past = await issue(owner.token, { ...ok, dueAt: inHours(-1) });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([{ field: 'dueAt', message: 'must be in the future' }]);
    const none = await issue(owner.token, { text: 'x', dueAt: inHours(1) });
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('departmentIds');
    const unknown = await issue(owner.token, {
      ...ok,
      departmentIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('departmentIds');
    expect((await issue(owner.token, { ...ok, dueAt: 'tomorrow' })).status).toBe(400);
    const all = await issue(owner.token, {
      text: 'Everyone: patch',
      allDepartments: true,
      dueAt: inHours(1),
    });
    expect(all.status).toBe(201);
    expect(all.body).toMatchObject({ acknowledged: 0, pending: 2, overdue: 0 });
    expect(all.body.departments.map((d: { code: string }) => d.code)).toEqual(['EDU', 'SOC']);
    const [row] = await api.app
      .get(DataSource)
      .query(`SELECT job_name FROM outbox WHERE job_id = $1`, [`directive-issued:${all.body.id}`]);
    expect(row).toEqual({ job_name: 'notify.directive_issued' });
  });

  it('is acknowledged once per department by any of its ITU members; others may not', async () => {
    const d = (
      await as(api, owner.token)
        .post(`incidents/${incidentId}/directives`, {
          text: 'Scan every PC',
          allDepartments: true,
          dueAt: inHours(3),
        })
        .expect(201)
    ).body;
    const ack = (token: string) => as(api, token).post(`directives/${d.id}/acknowledge`);
    expect((await ack(owner.token)).status).toBe(403);
    expect((await ack(command.token)).status).toBe(403);
    const [first, second] = await Promise.all([ack(ituSoc.token), ack(ituSoc2.token)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const soc = second.body.departments.find((r: { code: string }) => r.code === 'SOC');
    expect(['Sam', 'Sue']).toContain(soc.acknowledgedBy.name);
    expect(second.body).toMatchObject({ acknowledged: 1, pending: 1 });
    const events = (await as(api, owner.token).get(`incidents/${incidentId}/events?limit=500`)).body
      .items;
    expect(
      events.filter(
        (e: { type: string; data: { directiveId: string } }) =>
          e.type === 'directive.acknowledged' && e.data.directiveId === d.id,
      ),
    ).toHaveLength(1);
    // ITU members see the directives addressed to them
    const seen = await as(api, ituEdu.token).get(`incidents/${incidentId}/directives`).expect(200);
    expect(seen.body.items.map((i: { id: string }) => i.id)).toContain(d.id);
    expect(
      (
        await as(api, ituEdu.token).post(
          'directives/00000000-0000-4000-8000-000000000000/acknowledge',
        )
      ).status,
    ).toBe(404);
    const onlySoc = (
      await as(api, owner.token)
        .post(`incidents/${incidentId}/directives`, {
          text: 'SOC only',
          departmentIds: [council.departments.SOC],
          dueAt: inHours(3),
        })
        .expect(201)
    ).body;
    expect((await as(api, ituEdu.token).post(`directives/${onlySoc.id}/acknowledge`)).status).toBe(
      403,
    );
    const eduList = await as(api, ituEdu.token).get(`incidents/${incidentId}/directives?limit=500`);
    expect(eduList.body.items.map((i: { id: string }) => i.id)).not.toContain(onlySoc.id);
  });

  it('escalates an overdue acknowledgement to the owner once, however often and however many scan', async () => {
    const d = (
      await as(api, owner.token)
        .post(`incidents/${incidentId}/directives`, {
          text: 'Report your count',
          allDepartments: true,
          dueAt: inHours(1),
        })
        .expect(201)
    ).body;
    await as(api, ituEdu.token).post(`directives/${d.id}/acknowledge`).expect(200);
    const scanner = api.app.get(DirectiveEscalationService);
    expect(await scanner.escalateOverdue(new Date())).toBe(0);
    const later = new Date(Date.now() + 2 * 3600_000);
    const counts = await Promise.all(
      Array.from({ length: 5 }, () => scanner.escalateOverdue(later)),
    );
    const escalated = (await api.app
      .get(DataSource)
      .query(
        `SELECT data FROM events WHERE incident_id = $1 AND type = 'directive.escalated' AND data->>'directiveId' = $2`,
        [incidentId, d.id],
      )) as { data: { departmentId: string; ownerId: string } }[];
    expect(escalated.map((e) => e.data.departmentId)).toEqual([council.departments.SOC]);
    expect(escalated[0].data.ownerId).toBe(owner.id);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await scanner.escalateOverdue(later)).toBe(0);
    const [message] = await api.app
      .get(DataSource)
      .query(`SELECT job_name, payload FROM outbox WHERE job_id = $1`, [
        `directive-overdue:${d.id}:${council.departments.SOC}`,
      ]);
    expect(message).toMatchObject({
      job_name: 'notify.directive_overdue',
      // the notice tells the owner the time the directive was due by
      payload: { ownerId: owner.id, dueAt: new Date(d.dueAt).toISOString() },
    });
    const view = (
      await as(api, owner.token).get(`incidents/${incidentId}/directives?limit=500`)
    ).body.items.find((i: { id: string }) => i.id === d.id);
    expect(
      view.departments.find((r: { code: string }) => r.code === 'SOC').escalatedAt,
    ).not.toBeNull();
  });
});
