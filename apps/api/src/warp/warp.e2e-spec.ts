import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { WarpPreviewView, WarpPrompt, WarpSendingView } from '@cordon/contracts';
import { canonicalJson } from '@cordon/domain';
import { DetectionsWorld, startDetectionsWorld } from '../testing/detections-world';
import { as } from '../testing/incident-fixture';

const SIGNATURE = 'W32.Welchia.Worm: ICMP sweep, then TCP 135 (RPC DCOM)';

describe('WARP summaries over HTTP', () => {
  let world: DetectionsWorld;
  let owner: ReturnType<typeof as>;
  let path: string;

  const events = async (type: string) =>
    (
      await world.api.app
        .get(DataSource)
        .query(`SELECT seq::int AS seq, actor, data FROM events WHERE stream = $1 AND type = $2`, [
          `incident:${world.incidentId}`,
          type,
        ])
    ).map((r: { seq: number; actor: unknown; data: unknown }) => r);

  beforeAll(async () => {
    world = await startDetectionsWorld();
    owner = as(world.api, world.owner.token);
    path = `incidents/${world.incidentId}`;
    await as(world.api, world.command.token)
      .post('detections', { hostname: 'SOC-A', signature: SIGNATURE, source: 'ids-core-1' })
      .expect(201);
  });
  afterAll(() => world?.api.close());

  it('needs a token, and is for the owner and command staff, not an ITU', async () => {
    await world.api.http().get(`/api/v1/${path}/warp`).expect(401);
    await world.api.http().post(`/api/v1/${path}/warp/sendings`).send({}).expect(401);
    const itu = await as(world.api, world.itu.token).get(`${path}/warp`).expect(403);
    expect(itu.headers['content-type']).toMatch(/^application\/problem\+json/);
    await as(world.api, world.itu.token).post(`${path}/warp/sendings`, {}).expect(403);
    await as(world.api, world.command.token).get(`${path}/warp`).expect(200);
  });

  it('answers 404 for an unknown incident and names the field of a bad query', async () => {
    await owner.get('incidents/00000000-0000-4000-8000-000000000000/warp').expect(404);
    const format = await owner.get(`${path}/warp?format=pdf`).expect(400);
    expect(format.body).toMatchObject({ code: 'validation_failed' });
    expect(format.body.errors.map((e: { field: string }) => e.field)).toEqual(['format']);
    const names = await owner.get(`${path}/warp?departmentNames=yes`).expect(400);
    expect(names.body.errors.map((e: { field: string }) => e.field)).toEqual(['departmentNames']);
  });

  it('previews the summary with the threat, indicators and lettered departments, and its hash', async () => {
    const res = await owner.get(`${path}/warp`).expect(200);
    const view = res.body as WarpPreviewView;
    expect(view.summary.threat.name).toBe('W32.Welchia.Worm');
    expect(view.summary.indicators.signatures).toEqual([SIGNATURE]);
    expect(view.summary.departments.map((d) => d.label)).toEqual(['A', 'B']);
    // letters in the order the log names the departments: each LAN by its department's letter
    expect(view.summary.phases.lans.map((l) => l.label)).toEqual(['A1', 'B1']);
    expect(view.summary.phases.lans.map((l) => l.devices).sort()).toEqual([1, 2]);
    expect(view.summary.counts).toMatchObject({ devicesOnPlannedLans: 3, devicesInfected: 1 });
    expect(view.hash).toBe(createHash('sha256').update(canonicalJson(view.summary)).digest('hex'));
    expect(view.warpEmail).toBeNull();
    expect(view.prompts.map((p) => [p.moment, p.answeredBySeq])).toEqual([
      ['declared', null],
      ['first_detection', null],
    ]);
    for (const secret of ['SOC-A', '10.20.1.41', 'ids-core-1', 'Social Services', 'SOC-HALL'])
      expect(JSON.stringify(view)).not.toContain(secret);
    const md = await owner.get(`${path}/warp?format=md`).expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    // the same summary, generated a moment later
    const sameBut = (text: string) => text.replace(/as of \S+\./, 'as of NOW.');
    expect(sameBut(md.text)).toBe(sameBut(view.markdown));
    expect(md.text).toContain('- Ports: TCP 135, TCP 666-765');
  });

  it('refuses a sending with bad fields, naming them', async () => {
    const bad = await owner
      .post(`${path}/warp/sendings`, { departmentNames: 'yes', promptId: 'whenever' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'departmentNames',
      'promptId',
    ]);
    const unknown = await owner
      .post(`${path}/warp/sendings`, { promptId: 'decision:999' })
      .expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'promptId', message: 'no prompt decision:999 on this incident' },
    ]);
  });

  it('refuses a narrative that names a person, a host or an address, 422 naming the kinds', async () => {
    const [{ name }] = await world.api.app
      .get(DataSource)
      .query(`SELECT name FROM users WHERE id = $1`, [world.owner.id]);
    const res = await owner
      .post(`${path}/warp/sendings`, { narrative: `${name} saw SOC-A at 10.20.1.41 scanning` })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'unprocessable',
      kinds: ['department', 'hostname', 'ip', 'name'],
    });
    expect(res.body.errors).toEqual([
      { field: 'narrative', message: expect.stringContaining('a machine’s hostname') },
    ]);
    const dept = await owner
      .post(`${path}/warp/sendings`, { narrative: 'Social Services went first' })
      .expect(422);
    expect(dept.body.kinds).toEqual(['department']);
    expect(await events('warp.summary_sent')).toEqual([]);
  });

  it('records a sending by hand as warp.summary_sent with its hash, answering the open prompts', async () => {
    const res = await owner
      .post(`${path}/warp/sendings`, {
        promptId: 'first_detection:' + (await events('detection.recorded'))[0].seq,
        narrative: 'Two LANs in the plan; one machine found infected.',
      })
      .expect(201);
    const sending = res.body.sending as WarpSendingView;
    expect(sending).toMatchObject({ via: 'by_hand', to: null, withNarrative: true });
    expect(sending.answers.map((a) => a.split(':')[0])).toEqual(['first_detection', 'declared']);
    expect(sending.hash).toBe(
      createHash('sha256').update(canonicalJson(res.body.summary)).digest('hex'),
    );
    const [event] = await events('warp.summary_sent');
    expect(event.actor).toMatchObject({ id: world.owner.id, kind: 'user' });
    expect(event.data).toMatchObject({
      sendingId: sending.sendingId,
      hash: sending.hash,
      via: 'by_hand',
      to: null,
      sentBy: { id: world.owner.id },
      moments: ['first_detection', 'declared'],
    });
    const prompts = (await owner.get(`${path}/warp/prompts`).expect(200)).body
      .items as WarpPrompt[];
    expect(prompts.every((p) => p.answeredBySeq === event.seq)).toBe(true);
    const history = (await owner.get(`${path}/warp/sendings`).expect(200)).body.items;
    expect(history).toEqual([sending]);
  });

  it('lets the owner mark a decision, which prompts a new summary; not command staff, not empty', async () => {
    await as(world.api, world.command.token)
      .post(`${path}/decisions`, { text: 'Shut every LAN' })
      .expect(403);
    const empty = await owner.post(`${path}/decisions`, { text: '  ' }).expect(400);
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['text']);
    const res = await owner.post(`${path}/decisions`, { text: 'Shut every LAN' }).expect(201);
    expect(res.body).toMatchObject({ text: 'Shut every LAN', markedBy: { id: world.owner.id } });
    const prompts = (await owner.get(`${path}/warp/prompts`).expect(200)).body
      .items as WarpPrompt[];
    expect(prompts.filter((p) => p.answeredBySeq === null)).toEqual([
      expect.objectContaining({ id: `decision:${res.body.seq}`, moment: 'decision' }),
    ]);
    const preview = (await owner.get(`${path}/warp`).expect(200)).body as WarpPreviewView;
    expect(preview.summary.counts.decisions).toBe(1);
    expect(JSON.stringify(preview)).not.toContain('Shut every LAN');
  });
});
