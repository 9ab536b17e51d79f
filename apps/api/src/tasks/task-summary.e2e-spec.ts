import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from '../testing/incident-fixture';

const STATUSES = ['open', 'claimed', 'done', 'verified', 'cancelled'] as const;
type Row = Record<(typeof STATUSES)[number] | 'overdue', number> & {
  departmentId: string;
  code: string;
  name: string;
};

/** GET /tasks/summary: the incident's tasks counted per department and status, scoped as GET /tasks. */
describe('task summary over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: string;
  let command: string;
  let itu: string;
  let incidentId: string;
  const task: Record<string, string> = {};

  /** What GET /tasks answers for a filter, counted (every page). */
  const listed = async (token: string, filter: string): Promise<number> => {
    let n = 0;
    let cursor = '';
    do {
      const res = await as(api, token)
        .get(`tasks?incidentId=${incidentId}&${filter}&limit=2${cursor}`)
        .expect(200);
      n += res.body.items.length;
      cursor = res.body.nextCursor ? `&cursor=${encodeURIComponent(res.body.nextCursor)}` : '';
    } while (cursor);
    return n;
  };

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const lines = [DEVICE_HEADER];
    for (const n of [1, 2, 3, 4])
      lines.push(`SM-${n},10.20.1.8${n},SOC-HALL,SOC,XP,,Sophos,2025-01-01`);
    for (const n of [1, 2]) lines.push(`ED-${n},10.30.1.8${n},EDU-HALL,EDU,XP,,Sophos,2025-01-01`);
    await admin.csv('devices/import', lines.join('\n')).expect(200);
    owner = (await api.login(['owner'])).token;
    command = (await api.login(['command'])).token;
    itu = (await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sam' })).token;
    const o = as(api, owner);
    incidentId = (
      await o.post('incidents', { title: 'Welchia', severity: 1, summary: 's' }).expect(201)
    ).body.id;
    const lans = [council.lans['SOC-HALL'], council.lans['EDU-HALL']];
    await o.post(`incidents/${incidentId}/lans`, { lanIds: lans }).expect(201);
    for (const lan of lans) {
      await o.post(`incidents/${incidentId}/lans/${lan}/transitions`, { to: 'shut_down' });
    }
    for (const t of (await o.get(`tasks?incidentId=${incidentId}`)).body.items) {
      task[t.device.hostname] = t.id;
    }
    // SOC: one claimed, one done, one verified, one open and overdue; EDU: one claimed
    const sam = as(api, itu);
    for (const host of ['sm-1', 'sm-2', 'sm-3']) {
      await sam.post(`tasks/${task[host]}/claim`).expect(200);
    }
    for (const host of ['sm-2', 'sm-3']) {
      await sam.post(`tasks/${task[host]}/complete`, { evidence: GOOD_EVIDENCE }).expect(200);
    }
    await as(api, command).post(`tasks/${task['sm-3']}/verify`).expect(200);
    await as(api, command).post(`tasks/${task['ed-1']}/claim`).expect(200);
    await api.app
      .get(DataSource)
      .query(`UPDATE tasks SET due_at = now() - interval '1 hour' WHERE id = ANY($1)`, [
        [task['sm-4'], task['sm-3'], task['ed-1']],
      ]);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  it('counts what GET /tasks lists, per department and status, in one row per department', async () => {
    const res = await as(api, owner).get(`tasks/summary?incidentId=${incidentId}`).expect(200);
    expect(res.body).toEqual({
      items: [
        {
          departmentId: council.departments.EDU,
          code: 'EDU',
          name: 'Education',
          open: 1,
          claimed: 1,
          done: 0,
          verified: 0,
          cancelled: 0,
          overdue: 1,
        },
        {
          departmentId: council.departments.SOC,
          code: 'SOC',
          name: 'Social Services',
          open: 1,
          claimed: 1,
          done: 1,
          verified: 1,
          cancelled: 0,
          overdue: 1, // sm-4 open and late; sm-3 late but verified
        },
      ],
    });
    for (const row of res.body.items as Row[]) {
      const dept = `departmentId=${row.departmentId}`;
      for (const status of STATUSES) {
        expect([status, await listed(owner, `${dept}&status=${status}`)]).toEqual([
          status,
          row[status],
        ]);
      }
      expect(await listed(owner, `${dept}&overdue=true`)).toBe(row.overdue);
    }
  });

  it("gives an ITU member his own department's row only, as GET /tasks does", async () => {
    const res = await as(api, itu).get(`tasks/summary?incidentId=${incidentId}`).expect(200);
    expect(
      res.body.items.map((r: Row) => [r.code, r.open + r.claimed + r.done + r.verified]),
    ).toEqual([['SOC', 4]]);
    expect(await listed(itu, 'status=open')).toBe(1);
    const cmd = await as(api, command).get(`tasks/summary?incidentId=${incidentId}`).expect(200);
    expect(cmd.body.items.map((r: Row) => r.code)).toEqual(['EDU', 'SOC']);
  });

  it('answers an incident without tasks with no rows', async () => {
    const other = (
      await as(api, owner)
        .post('incidents', { title: 'Quiet', severity: 3, summary: 's' })
        .expect(201)
    ).body.id;
    const res = await as(api, owner).get(`tasks/summary?incidentId=${other}`).expect(200);
    expect(res.body).toEqual({ items: [] });
  });

  it.each(['', '?incidentId=', '?incidentId=not-a-uuid'])(
    'refuses %p with a 400 naming incidentId',
    async (query) => {
      const res = await as(api, owner).get(`tasks/summary${query}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({
        code: 'validation_failed',
        errors: [expect.objectContaining({ field: 'incidentId' })],
      });
    },
  );

  it('refuses a caller without a token', async () => {
    const res = await api.http().get(`/api/v1/tasks/summary?incidentId=${incidentId}`);
    expect(res.status).toBe(401);
  });
});
