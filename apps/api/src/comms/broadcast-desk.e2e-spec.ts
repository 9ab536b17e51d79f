import type { BroadcastPreview, BroadcastView } from '@cordon/contracts';
import { ApiHarness, startApi } from '../testing/api-harness';
import { commsStaff, CommsWorld, createCommsWorld, db } from '../testing/comms-fixture';
import { as } from '../testing/incident-fixture';

const N = 30;

/**
 * What the console's broadcast desk asks of the api before and after sending: the
 * audience preview (and that it agrees with the broadcast then made), a broadcast's own
 * SMS text under its idempotency key, subjects shown rendered, the acknowledgement pages.
 */
describe('the broadcast desk', () => {
  let api: ApiHarness;
  let world: CommsWorld;
  const owner = () => as(api, world.owner.token);
  const soc = () => world.council.departments.SOC;
  const preview = (over: Record<string, unknown> = {}, token = world.owner.token) =>
    as(api, token).post(`incidents/${world.incidentId}/broadcasts/preview`, {
      audience: { departmentIds: [soc()] },
      channels: ['email', 'sms'],
      requireAck: true,
      ...over,
    });
  const create = (key: string, over: Record<string, unknown> = {}) =>
    api
      .http()
      .post(`/api/v1/incidents/${world.incidentId}/broadcasts`)
      .set('Authorization', `Bearer ${world.owner.token}`)
      .set('Idempotency-Key', key)
      .send({
        audience: { departmentIds: [soc()] },
        channels: ['email', 'sms'],
        subject: '<i>{{reference}}</i> & {{title}}: closures, next {{nextUpdate}}',
        body: 'Dear {{name}}, your network {{lan}} closes at 14:00.',
        requireAck: true,
        ...over,
      });
  const counts = async () =>
    (
      await db(api).query(
        `SELECT (SELECT count(*)::int FROM broadcasts) AS b, (SELECT count(*)::int FROM deliveries) AS d,
                (SELECT count(*)::int FROM events) AS e, (SELECT count(*)::int FROM outbox) AS o`,
      )
    )[0];

  beforeAll(async () => {
    api = await startApi();
    world = await createCommsWorld(api, N);
    // one mobile that is not E.164: the fourth skip reason
    await db(api).query(`UPDATE staff SET mobile = '07700 900123' WHERE email = $1`, [
      commsStaff(1).email,
    ]);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('previews who a broadcast reaches by channel, writes nothing, and agrees with the broadcast then made', async () => {
    const before = await counts();
    const res = await preview().expect(200);
    expect(await counts()).toEqual(before);
    const shown: BroadcastPreview = res.body;
    // SOC: the odd members and the owner; 1 has an invalid mobile, every 10th none, every 7th no consent
    const odd = Array.from({ length: N }, (_, k) => k + 1).filter((i) => i % 2 === 1);
    const sms = odd.filter((i) => i !== 1 && commsStaff(i).mobile && commsStaff(i).consent);
    expect(shown).toEqual({
      recipients: odd.length + 1,
      byChannel: {
        email: { reachable: odd.length + 1, skipped: 0 },
        sms: { reachable: sms.length + 1, skipped: odd.length - sms.length },
      },
      skippedReasons: {
        invalid_mobile: 1,
        no_sms_consent: odd.filter((i) => i % 7 === 0).length,
      },
      // no LAN is closed: everyone gets what was asked for, where their contacts allow
      routes: [
        {
          gets: 'email+sms',
          because: 'requested',
          lan: null,
          staff: sms.length + 1,
          unreachable: false,
          text: `email and SMS — ${sms.length + 1} staff`,
        },
        {
          gets: 'email',
          because: 'requested',
          lan: null,
          staff: odd.length - sms.length,
          unreachable: false,
          text: `email — ${odd.length - sms.length} staff`,
        },
      ],
      unreachable: { count: 0, people: [] },
    });

    const made = await create('agree').expect(202);
    expect(made.body.recipients).toBe(shown.recipients);
    const view: BroadcastView = (await owner().get(`broadcasts/${made.body.id}`).expect(200)).body;
    expect(view.totals.recipients).toBe(shown.recipients);
    expect(view.totals.skippedReasons).toEqual(shown.skippedReasons);
    for (const channel of ['email', 'sms'] as const) {
      const t = view.totals.byChannel[channel];
      expect({ reachable: t.deliveries - t.skipped, skipped: t.skipped }).toEqual(
        shown.byChannel[channel],
      );
    }
  });

  it('previews everyone on one channel, the other channel at nought', async () => {
    const all = (await preview({ audience: { all: true }, channels: ['email'] }).expect(200)).body;
    expect(all.recipients).toBeGreaterThanOrEqual(N + 1);
    expect(all.byChannel).toEqual({
      email: { reachable: all.recipients, skipped: 0 },
      sms: { reachable: 0, skipped: 0 },
    });
    expect(all.skippedReasons).toEqual({});
    expect(all.routes.map((r: { text: string }) => r.text)).toEqual([
      `email — ${all.recipients} staff`,
    ]);
  });

  it('checks a preview as a broadcast is checked', async () => {
    const bad = await preview({ channels: ['fax'] }).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('channels');
    expect(
      (await preview({ audience: {} }).expect(400)).body.errors.map(
        (e: { field: string }) => e.field,
      ),
    ).toContain('audience');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await preview({ audience: { lanIds: [unknown] } }).expect(400)).body.errors).toEqual([
      { field: 'audience.lanIds', message: `unknown: ${unknown}` },
    ]);
    await preview({}, world.command.token).expect(200);
    const itu = await api.login(['itu'], { departmentId: soc() });
    await preview({}, itu.token).expect(403);
    await owner()
      .post(`incidents/${unknown}/broadcasts/preview`, {
        audience: { all: true },
        channels: ['email'],
      })
      .expect(404);
  });

  it('keeps a broadcast SMS text, and holds it to the Idempotency-Key', async () => {
    const smsBody = '{{reference}}: {{lan}} closes at 14:00.';
    const first = await create('sms-text', { smsBody }).expect(202);
    const view: BroadcastView = (await owner().get(`broadcasts/${first.body.id}`).expect(200)).body;
    expect(view.smsBody).toBe(smsBody);
    expect((await create('sms-text', { smsBody }).expect(202)).body.id).toBe(first.body.id);
    const other = await create('sms-text', { smsBody: '{{reference}}: closing.' }).expect(422);
    expect(other.body.code).toBe('idempotency_mismatch');
    expect((await create('sms-text').expect(422)).body.code).toBe('idempotency_mismatch');
    const unknownVar = await create('sms-bad', { smsBody: 'Hi {{nmae}}' }).expect(400);
    expect(unknownVar.body.errors.map((e: { field: string }) => e.field)).toEqual(['smsBody']);
    expect((await create('no-sms-text').expect(202)).body.id).not.toBe(first.body.id);
    expect(
      (await owner().get(`broadcasts/${(await create('no-sms-text')).body.id}`)).body.smsBody,
    ).toBeNull();
  });

  it('shows subjects rendered for the incident, in the view, the list and the timeline, with the template kept', async () => {
    const template = '<i>{{reference}}</i> & {{title}}: closures, next {{nextUpdate}}';
    const id = (await create('rendered').expect(202)).body.id;
    const view: BroadcastView = (await owner().get(`broadcasts/${id}`).expect(200)).body;
    const rendered = new RegExp(
      `^<i>${world.reference}</i> & W32\\.Welchia in Social Services and Education: closures, next \\d\\d:\\d\\d, \\w{3} \\d{1,2} \\w{3}$`,
    );
    expect(view.subject).toMatch(rendered);
    expect(view.subjectTemplate).toBe(template);
    const listed = (await owner().get(`incidents/${world.incidentId}/broadcasts`).expect(200)).body
      .items as BroadcastView[];
    expect(listed.find((b) => b.id === id)?.subject).toBe(view.subject);
    const events = (await owner().get(`incidents/${world.incidentId}/events?limit=500`).expect(200))
      .body.items as { type: string; data: Record<string, unknown> }[];
    const created = events.find((e) => e.type === 'broadcast.created' && e.data.broadcastId === id);
    expect(created?.data).toMatchObject({ subject: view.subject, subjectTemplate: template });
  });

  it('shows the rendered subject on the thank-you page, escaped, readable on a phone', async () => {
    const id = (
      await create('ack-page', { subject: '<i>{{reference}}</i> for {{name}}' }).expect(202)
    ).body.id;
    const rows: { ack_token: string; name: string }[] = await db(api).query(
      `SELECT d.ack_token, r.name FROM deliveries d
       JOIN broadcast_recipients r ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.broadcast_id = $1 AND d.channel = 'email' ORDER BY r.name LIMIT 1`,
      [id],
    );
    const row = rows[0]!;
    const page = await api.http().get(`/api/v1/ack/${row.ack_token}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
    );
    expect(page.text).toContain(
      `<strong>&lt;i&gt;${world.reference}&lt;/i&gt; for ${row.name} (${world.reference})</strong>`,
    );
    expect(page.text).not.toContain('{{');
    expect(page.text).not.toContain('<i>');
  });

  it('answers an unknown acknowledgement link with a 404 page, and JSON to a client that asks for it', async () => {
    for (const token of ['A'.repeat(43), 'not-a-token', '%3Cscript%3E']) {
      const res = await api.http().get(`/api/v1/ack/${token}`).expect(404);
      expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain(
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
      );
      expect(res.text).toContain('This link is not recognised');
      expect(res.text).not.toContain('<script>');
    }
    const posted = await api
      .http()
      .post(`/api/v1/ack/${'B'.repeat(43)}`)
      .expect(404);
    expect(posted.text).toContain('This link is not recognised');
    const json = await api
      .http()
      .get(`/api/v1/ack/${'A'.repeat(43)}`)
      .set('Accept', 'application/json')
      .expect(404);
    expect(json.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(json.body).toMatchObject({ status: 404, code: 'not_found' });
  });
});
