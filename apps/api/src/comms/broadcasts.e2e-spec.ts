import { Channel, channelEligibility } from '@cordon/domain';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CommsWorld, createCommsWorld, db } from '../testing/comms-fixture';
import { as } from '../testing/incident-fixture';

const N = 60;

const body = (over: Record<string, unknown> = {}) => ({
  audience: { all: true },
  channels: ['email', 'sms'],
  subject: '{{reference}}: network closures',
  body: 'Dear {{name}}, your network {{lan}} closes at 14:00. Next update by {{nextUpdate}}.',
  requireAck: true,
  ...over,
});

describe('POST /incidents/:id/broadcasts', () => {
  let api: ApiHarness;
  let world: CommsWorld;
  const post = (token: string, key: string | null, payload: object = body()) => {
    const req = api
      .http()
      .post(`/api/v1/incidents/${world.incidentId}/broadcasts`)
      .set('Authorization', `Bearer ${token}`);
    return (key === null ? req : req.set('Idempotency-Key', key)).send(payload);
  };

  beforeAll(async () => {
    api = await startApi();
    world = await createCommsWorld(api, N);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('refuses a request without Idempotency-Key, naming the header', async () => {
    const res = await post(world.owner.token, null);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'Idempotency-Key', message: 'header is required' }],
    });
  });

  it.each([
    [{ channels: ['fax'] }, 'channels'],
    [{ audience: {} }, 'audience'],
    [{ audience: { lanIds: ['not-a-uuid'] } }, 'audience.lanIds'],
    [{ body: 'Hi {{nmae}}' }, 'body'],
    [{ subject: 42 }, 'subject'],
  ])('refuses %j naming %s', async (change, field) => {
    const res = await post(world.owner.token, `bad-${field}`, body(change));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('names audience ids that do not exist', async () => {
    const res = await post(
      world.owner.token,
      'unknown-lan',
      body({ audience: { lanIds: ['00000000-0000-4000-8000-000000000000'] } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'audience.lanIds', message: 'unknown: 00000000-0000-4000-8000-000000000000' },
    ]);
  });

  it('is refused to ITU members and staff, and answers 404 for an unknown incident', async () => {
    const itu = await api.login(['itu'], { departmentId: world.council.departments.SOC });
    expect((await post(itu.token, 'itu')).status).toBe(403);
    const staff = await api.login(['staff'], { departmentId: world.council.departments.SOC });
    expect((await post(staff.token, 'staff')).status).toBe(403);
    const res = await api
      .http()
      .post(`/api/v1/incidents/00000000-0000-4000-8000-000000000000/broadcasts`)
      .set('Authorization', `Bearer ${world.owner.token}`)
      .set('Idempotency-Key', 'nope')
      .send(body());
    expect(res.status).toBe(404);
  });

  it('stores one delivery per recipient and channel, skipped with reasons, one outbox row and the event, in one go', async () => {
    // the last update was 30 minutes ago: the next is due in 30 minutes
    await db(api).query(
      `UPDATE incidents SET last_update_at = now() - interval '30 minutes' WHERE id = $1`,
      [world.incidentId],
    );
    const before = await as(api, world.owner.token)
      .get(`incidents/${world.incidentId}`)
      .expect(200);
    const res = await post(world.owner.token, 'first-broadcast');
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.any(String), recipients: world.staff.total });
    const id = res.body.id as string;

    const [counts] = await db(api).query(
      `SELECT count(*)::int AS deliveries,
              count(*) FILTER (WHERE status = 'queued')::int AS queued,
              count(*) FILTER (WHERE reason = 'no_mobile')::int AS no_mobile,
              count(*) FILTER (WHERE reason = 'no_sms_consent')::int AS no_consent,
              count(DISTINCT ack_token)::int AS tokens
       FROM deliveries WHERE broadcast_id = $1`,
      [id],
    );
    const noMobile = world.staff.total - world.staff.withMobile;
    expect(counts).toEqual({
      deliveries: world.staff.total * 2,
      queued: world.staff.total + world.staff.smsEligible,
      no_mobile: noMobile,
      no_consent: world.staff.withMobile - world.staff.smsEligible,
      tokens: world.staff.total + world.staff.smsEligible,
    });
    const outbox = await db(api).query(
      `SELECT queue, job_name, job_id FROM outbox WHERE payload->>'broadcastId' = $1 ORDER BY id`,
      [id],
    );
    expect(outbox).toEqual([
      { queue: 'broadcast-fanout', job_name: 'broadcast.fanout', job_id: `fanout-${id}` },
      { queue: 'broadcast-escalation', job_name: 'broadcast.escalate', job_id: `escalate-${id}` },
    ]);
    const events = await as(api, world.owner.token)
      .get(`incidents/${world.incidentId}/events`)
      .expect(200);
    const created = events.body.items.filter(
      (e: { type: string }) => e.type === 'broadcast.created',
    );
    expect(created).toHaveLength(1);
    expect(created[0].data).toMatchObject({ broadcastId: id, recipients: world.staff.total });

    const view = await as(api, world.owner.token).get(`broadcasts/${id}`).expect(200);
    expect(view.body).toMatchObject({ id, status: 'queued', kind: 'broadcast' });
    const t = view.body.totals;
    expect(t).toMatchObject({
      recipients: world.staff.total,
      deliveries: world.staff.total * 2,
      queued: world.staff.total + world.staff.smsEligible,
      sent: 0,
      failed: 0,
      acknowledged: 0,
      skipped: world.staff.total - world.staff.smsEligible,
      skippedReasons: {
        no_mobile: noMobile,
        no_sms_consent: world.staff.withMobile - world.staff.smsEligible,
      },
    });
    expect(t.queued + t.sent + t.delivered + t.failed + t.skipped).toBe(t.deliveries);

    // a broadcast is an update to staff: the next one falls due a cadence from now
    const after = await as(api, world.owner.token).get(`incidents/${world.incidentId}`).expect(200);
    expect(
      Date.parse(after.body.nextUpdateDueAt) - Date.parse(before.body.nextUpdateDueAt),
    ).toBeGreaterThan(29 * 60_000);
    // and the messages say so
    const [context] = await db(api).query(`SELECT context FROM broadcasts WHERE id = $1`, [id]);
    expect(context.context.nextUpdateDueAt).toBe(after.body.nextUpdateDueAt);
  });

  it('answers the same broadcast for the same key and writes nothing more', async () => {
    const first = await post(world.owner.token, 'again-key');
    const [{ n: before }] = await db(api).query(`SELECT count(*)::int AS n FROM deliveries`);
    const second = await post(world.owner.token, 'again-key');
    expect(second.status).toBe(202);
    expect(second.body).toEqual(first.body);
    const [{ n: after }] = await db(api).query(`SELECT count(*)::int AS n FROM deliveries`);
    expect(after).toBe(before);
  });

  it('refuses the same key with a different body: 422 idempotency_mismatch', async () => {
    await post(world.owner.token, 'mismatch-key').expect(202);
    const res = await post(world.owner.token, 'mismatch-key', body({ subject: 'Something else' }));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'idempotency_mismatch',
      broadcastId: expect.any(String),
    });
  });

  it('makes one broadcast of concurrent requests with one key', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(world.command.token, 'concurrent-key')),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(202));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const [{ n }] = await db(api).query(
      `SELECT count(*)::int AS n FROM broadcasts WHERE idempotency_key = 'concurrent-key'`,
    );
    expect(n).toBe(1);
    const [{ d }] = await db(api).query(
      `SELECT count(*)::int AS d FROM deliveries WHERE broadcast_id = $1`,
      [answers[0]!.body.id],
    );
    expect(d).toBe(world.staff.total * 2);
  });

  it('selects staff by department, site or LAN', async () => {
    const res = await post(
      world.owner.token,
      'soc-lan-only',
      body({ audience: { lanIds: [world.council.lans['SOC-HALL']] }, channels: ['email'] }),
    );
    expect(res.status).toBe(202);
    expect(res.body.recipients).toBe(N / 2 + 1); // odd members and the owner
  });

  it("skips exactly whom the domain's channel rules skip, with the same reasons", async () => {
    // a number the import would refuse, written straight into the directory
    await db(api).query(
      `INSERT INTO staff (name, email, mobile, department_id, sms_consent)
       VALUES ('Odd Number', 'odd-number@council.example', '07700 900123', $1, true)`,
      [world.council.departments.SOC],
    );
    const res = await post(world.owner.token, 'eligibility', body({ channels: ['email', 'sms'] }));
    const rows: {
      channel: Channel;
      status: string;
      reason: string | null;
      address: string | null;
      email: string | null;
      mobile: string | null;
      sms_consent: boolean;
    }[] = await db(api).query(
      `SELECT d.channel, d.status, d.reason, d.address, r.email, r.mobile, r.sms_consent
       FROM deliveries d JOIN broadcast_recipients r
         ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.broadcast_id = $1`,
      [res.body.id],
    );
    expect(rows).toHaveLength((world.staff.total + 1) * 2);
    expect(rows.filter((r) => r.reason === 'invalid_mobile')).toHaveLength(1);
    for (const row of rows) {
      const rule = channelEligibility(
        { email: row.email, mobile: row.mobile, smsConsent: row.sms_consent },
        row.channel,
      );
      expect(
        row.status === 'queued'
          ? { eligible: true, address: row.address }
          : { eligible: false, reason: row.reason },
      ).toEqual(rule);
    }
  });
});
