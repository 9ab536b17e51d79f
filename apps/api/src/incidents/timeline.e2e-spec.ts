import { isSignificantEvent } from '@cordon/domain';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from '../testing/incident-fixture';

interface Row {
  seq: number;
  type: string;
  data: Record<string, unknown>;
}

/** The timeline as people read it: the significant events, or chosen types. */
describe('incident timeline filters over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let id: string;
  const events = (query: string) => as(api, owner.token).get(`incidents/${id}/events?${query}`);
  async function all(query: string): Promise<Row[]> {
    const rows: Row[] = [];
    let cursor: string | null = null;
    do {
      const res = await events(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      rows.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return rows;
  }

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    const admin = as(api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const lines = [DEVICE_HEADER];
    for (const h of ['tl-1', 'tl-2', 'tl-3'])
      lines.push(`${h},,SOC-HALL,SOC,XP,,Sophos,2025-01-01`);
    await admin.csv('devices/import', lines.join('\n')).expect(200);
    owner = await api.login(['owner']);
    const itu = await api.login(['itu'], { departmentId: council.departments.SOC });
    const o = as(api, owner.token);
    id = (await o.post('incidents', { title: 'Welchia', severity: 1, summary: 's' }).expect(201))
      .body.id;
    const lan = council.lans['SOC-HALL'];
    await o.post(`incidents/${id}/lans`, { lanIds: [lan] }).expect(201);
    await o.post(`incidents/${id}/lans/${lan}/transitions`, { to: 'shut_down' }).expect(200);
    const [first] = (await o.get(`tasks?incidentId=${id}`)).body.items;
    await as(api, itu.token).post(`tasks/${first.id}/claim`).expect(200);
    await as(api, itu.token)
      .post(`tasks/${first.id}/complete`, { evidence: GOOD_EVIDENCE })
      .expect(200);
    await o
      .post(`incidents/${id}/tasks`, {
        departmentId: council.departments.SOC,
        title: 'Check the lab machines',
      })
      .expect(201);
    await o.post(`incidents/${id}/updates`, { message: 'cleaning' }).expect(201);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('leaves out per-machine rows on ?significant=true, by the same rule as isSignificantEvent', async () => {
    const everything = await all('sinceSeq=0');
    const types = everything.map((e) => e.type);
    expect(types.filter((t) => t === 'task.created')).toHaveLength(4);
    const significant = await all('significant=true');
    expect(significant).toEqual(everything.filter((e) => isSignificantEvent(e.type, e.data)));
    expect(significant.map((e) => e.type)).toEqual([
      'incident.created',
      'lan.planned',
      'lan.phase_changed',
      'task.created',
      'incident.update_posted',
    ]);
    expect(significant[3].data).toMatchObject({ kind: 'action' });
    // sinceSeq still counts in the whole stream's seq
    const later = await events(`significant=true&sinceSeq=${significant[2].seq}`).expect(200);
    expect(later.body.items.map((e: Row) => e.type)).toEqual([
      'task.created',
      'incident.update_posted',
    ]);
    // the default is unchanged: every event
    const plain = await events('').expect(200);
    expect(plain.body.items).toHaveLength(everything.length);
    expect((await events('significant=false').expect(200)).body.items).toHaveLength(
      everything.length,
    );
  });

  it('gives only the types asked for, and names a bad list', async () => {
    const some = await all('types=lan.phase_changed,task.claimed');
    expect(some.map((e) => e.type)).toEqual(['lan.phase_changed', 'task.claimed']);
    const bad = await events('types=lan.phase_changed,DROP TABLE');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['types']);
    expect((await events('significant=maybe')).status).toBe(400);
  });

  it('reads an incident with the seq of its latest event, to subscribe from', async () => {
    const rows = await all('');
    const last = rows[rows.length - 1].seq;
    expect((await as(api, owner.token).get(`incidents/${id}`).expect(200)).body.lastSeq).toBe(last);
    const listed = (await as(api, owner.token).get('incidents').expect(200)).body.items;
    expect(listed.find((i: { id: string }) => i.id === id).lastSeq).toBe(last);
  });
});
