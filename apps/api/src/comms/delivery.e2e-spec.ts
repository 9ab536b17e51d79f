import { INestApplicationContext } from '@nestjs/common';
import type { BroadcastView } from '@cordon/contracts';
import { SmtpSink, ThrowawayRedis, TwilioDouble } from '@cordon/platform/testing';
import { ApiHarness, startApi } from '../testing/api-harness';
import { commsStaff, CommsWorld, createCommsWorld, db } from '../testing/comms-fixture';
import { deliveryOverrides, startCommsWorker } from '../testing/comms-worker';
import { as } from '../testing/incident-fixture';

const N = 3_000;

/**
 * Broadcasts end to end in one process: the api, the worker (relay, fan-out, email and
 * SMS processors) on a Redis of the test's own, an SMTP sink and a Twilio double.
 */
describe('broadcast delivery', () => {
  let redis: ThrowawayRedis;
  let sink: SmtpSink;
  let double: TwilioDouble;
  let api: ApiHarness;
  let worker: INestApplicationContext | undefined;
  let world: CommsWorld;

  const owner = () => as(api, world.owner.token);
  const broadcast = async (key: string, over: Record<string, unknown> = {}): Promise<string> => {
    const res = await api
      .http()
      .post(`/api/v1/incidents/${world.incidentId}/broadcasts`)
      .set('Authorization', `Bearer ${world.owner.token}`)
      .set('Idempotency-Key', key)
      .send({
        audience: { all: true },
        channels: ['email', 'sms'],
        subject: `[${key}] {{reference}}: network closures`,
        body: '{{name}}, your network {{lan}} closes at 14:00. Next update by {{nextUpdate}}.',
        requireAck: true,
        ...over,
      });
    if (res.status !== 202) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  const view = async (id: string): Promise<BroadcastView> =>
    (await owner().get(`broadcasts/${id}`).expect(200)).body;
  const completed = async (id: string, timeoutMs = 120_000): Promise<BroadcastView> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await view(id);
      if (v.status === 'completed') return v;
      if (Date.now() > deadline) throw new Error(`not completed: ${JSON.stringify(v.totals)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const emailsOf = (key: string) => sink.messages.filter((m) => m.subject.startsWith(`[${key}]`));

  /**
   * Exactly one email per staff member (the sink, by subject tag) and one SMS per
   * consenting mobile (every message the double took since `smsFrom`), for broadcast `key`.
   */
  async function expectExactlyOnce(key: string, id: string, smsFrom: number): Promise<void> {
    const emails = emailsOf(key);
    const perAddress = new Map<string, number>();
    for (const m of emails)
      for (const to of m.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    expect(emails).toHaveLength(world.staff.total);
    expect(perAddress.size).toBe(world.staff.total);
    for (let i = 1; i <= N; i += 97) expect(perAddress.get(commsStaff(i).email)).toBe(1);

    // the SMS is the subject (no SMS text given)
    const texts = double.messages.slice(smsFrom).filter((m) => m.body.startsWith(`[${key}] `));
    const perNumber = new Map<string, number>();
    for (const m of texts) perNumber.set(m.to, (perNumber.get(m.to) ?? 0) + 1);
    expect(texts).toHaveLength(world.staff.smsEligible);
    expect(perNumber.size).toBe(world.staff.smsEligible);
    const recorded: { provider_id: string }[] = await db(api).query(
      `SELECT provider_id FROM deliveries WHERE broadcast_id = $1 AND channel = 'sms' AND provider_id IS NOT NULL`,
      [id],
    );
    expect(new Set(recorded.map((r) => r.provider_id))).toEqual(new Set(texts.map((m) => m.sid)));
  }

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    sink = await SmtpSink.start();
    double = await TwilioDouble.start();
    api = await startApi(deliveryOverrides(sink, double, redis.url));
    api.config.publicUrl = api.url; // Twilio signs the URL it posts to: the api's own
    world = await createCommsWorld(api, N);
    worker = await startCommsWorker({ ...api.config });
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.stop();
    await double?.stop();
    await redis?.destroy();
  });

  it('sends a broadcast to 3,000 staff exactly once per recipient and channel, and the totals add up', async () => {
    const started = Date.now();
    const smsFrom = double.messages.length;
    const id = await broadcast('b1');
    const done = await completed(id);
    const seconds = (Date.now() - started) / 1000;
    const t = done.totals;
    process.stdout.write(
      `3,000-staff broadcast: ${t.sent} deliveries in ${seconds.toFixed(1)} s (${Math.round(t.sent / seconds)}/s)\n`,
    );
    expect(t).toMatchObject({
      recipients: world.staff.total,
      deliveries: world.staff.total * 2,
      queued: 0,
      failed: 0,
      sent: world.staff.total + world.staff.smsEligible,
      skipped: world.staff.total - world.staff.smsEligible,
      acknowledged: 0,
    });
    expect(t.queued + t.sent + t.delivered + t.failed + t.skipped).toBe(t.deliveries);
    expect(t.byChannel.email).toMatchObject({
      deliveries: world.staff.total,
      sent: world.staff.total,
    });
    expect(t.byChannel.sms.sent).toBe(world.staff.smsEligible);
    await expectExactlyOnce('b1', id, smsFrom);

    // each email carries its delivery's Message-ID and its own acknowledgement link
    const one = emailsOf('b1').find((m) => m.to[0] === commsStaff(1).email)!;
    const [row] = await db(api).query(
      `SELECT d.id, d.ack_token FROM deliveries d JOIN broadcast_recipients r
         ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.broadcast_id = $1 AND d.channel = 'email' AND r.email = $2`,
      [id, commsStaff(1).email],
    );
    expect(one.messageId).toBe(`<${row.id}@cordon>`);
    expect(one.text).toContain(`${api.url}/api/v1/ack/${row.ack_token}`);
    expect(one.text).toContain('Member 1, your network SOC-HALL closes at 14:00');

    // progress at most twice a second, completed exactly once
    const events: { type: string; at: string; data: { broadcastId?: string } }[] = (
      await owner().get(`incidents/${world.incidentId}/events?limit=500`).expect(200)
    ).body.items;
    const mine = events.filter((e) => e.data.broadcastId === id);
    const progress = mine
      .filter((e) => e.type === 'broadcast.progress')
      .map((e) => Date.parse(e.at));
    expect(progress.length).toBeGreaterThan(0);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]! - progress[i - 1]!).toBeGreaterThanOrEqual(500);
    expect(mine.filter((e) => e.type === 'broadcast.completed')).toHaveLength(1);
  }, 180_000);

  it('counts an acknowledgement link used twice once', async () => {
    const [{ id }] = await db(api).query(`SELECT id FROM broadcasts WHERE idempotency_key = 'b1'`);
    const message = emailsOf('b1').find((m) => m.to[0] === commsStaff(2).email)!;
    const link = /http:\/\/\S+\/api\/v1\/ack\/[A-Za-z0-9_-]{43}/.exec(message.text)![0];
    const path = new URL(link).pathname;
    const first = await api.http().get(path);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/text\/html/);
    expect(first.text).toContain('Thank you, Member');
    expect(first.text).toContain('is recorded');
    const second = await api.http().post(path);
    expect(second.status).toBe(200);
    expect(second.text).toContain('was already recorded');
    expect((await view(id)).totals.acknowledged).toBe(1);
    expect((await api.http().get('/api/v1/ack/' + 'x'.repeat(43))).status).toBe(404);
    expect((await api.http().get('/api/v1/ack/short')).status).toBe(404);
  });

  it('acknowledges the latest open request when a recipient replies YES by SMS', async () => {
    const [{ id }] = await db(api).query(`SELECT id FROM broadcasts WHERE idempotency_key = 'b1'`);
    const url = `${api.url}/api/v1/webhooks/twilio/inbound`;
    const from = commsStaff(3).mobile!;
    const wrong = await double.postSigned(url, { From: from, Body: 'YES' }, 'not-the-token');
    expect(wrong.status).toBe(403);
    expect(await double.sendInbound(url, { from, body: 'Yes, thanks' })).toBe(200);
    const silent = await owner().get(`broadcasts/${id}/silent?limit=500`).expect(200);
    expect(silent.body.items.some((s: { mobile: string }) => s.mobile === from)).toBe(false);
    const [ack] = await db(api).query(
      `SELECT ack_via FROM broadcast_recipients WHERE broadcast_id = $1 AND mobile = $2`,
      [id, from],
    );
    expect(ack.ack_via).toBe('sms_reply');
    expect((await view(id)).totals.acknowledged).toBe(2);
    // "no" acknowledges nothing
    expect(await double.sendInbound(url, { from: commsStaff(5).mobile!, body: 'no' })).toBe(200);
    expect((await view(id)).totals.acknowledged).toBe(2);
  });

  it('marks an SMS delivered on a signed status callback and refuses a wrongly signed one', async () => {
    const [d] = await db(api).query(
      `SELECT d.id, d.provider_id, d.broadcast_id FROM deliveries d JOIN broadcasts b ON b.id = d.broadcast_id
       WHERE b.idempotency_key = 'b1' AND d.channel = 'sms' AND d.status = 'sent' LIMIT 1`,
    );
    expect(
      await double.sendStatusCallback(d.provider_id, 'delivered', { authToken: 'wrong' }),
    ).toBe(403);
    const [still] = await db(api).query(`SELECT status FROM deliveries WHERE id = $1`, [d.id]);
    expect(still.status).toBe('sent');
    expect(await double.sendStatusCallback(d.provider_id, 'delivered')).toBe(200);
    const [now] = await db(api).query(`SELECT status, delivered_at FROM deliveries WHERE id = $1`, [
      d.id,
    ]);
    expect(now.status).toBe('delivered');
    expect(now.delivered_at).not.toBeNull();
    // a late "sent" after "delivered" changes nothing
    expect(await double.sendStatusCallback(d.provider_id, 'sent')).toBe(200);
    const v = await view(d.broadcast_id);
    expect(v.totals.delivered).toBe(1);
    expect(
      v.totals.queued + v.totals.sent + v.totals.delivered + v.totals.failed + v.totals.skipped,
    ).toBe(v.totals.deliveries);
  });

  it('holds a status callback that arrives before the send is recorded, and applies it then', async () => {
    await as(api, world.council.admin)
      .csv(
        'staff/import',
        'name,email,mobile,department,site,lan,smsConsent\nSolo Depot,solo@council.example,+447000000555,SOC,DEPOT,SOC-DEPOT,yes\n',
      )
      .expect(200);
    world.staff = {
      total: world.staff.total + 1,
      withMobile: world.staff.withMobile + 1,
      smsEligible: world.staff.smsEligible + 1,
    };
    double.delayNext(1, 2_000); // Twilio takes the message, then answers late
    const id = await broadcast('solo', {
      audience: { lanIds: [world.council.lans['SOC-DEPOT']] },
      channels: ['sms'],
      requireAck: false,
    });
    const deadline = Date.now() + 20_000;
    let message;
    while (!(message = double.to('+447000000555')[0])) {
      if (Date.now() > deadline) throw new Error('no sms');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await double.sendStatusCallback(message.sid, 'delivered')).toBe(200);
    const [held] = await db(api).query(
      `SELECT count(*)::int AS n FROM sms_status_callbacks WHERE message_sid = $1`,
      [message.sid],
    );
    expect(held.n).toBe(1);
    const v = await completed(id);
    expect(v.totals).toMatchObject({ deliveries: 1, delivered: 1, sent: 0 });
    const [gone] = await db(api).query(
      `SELECT count(*)::int AS n FROM sms_status_callbacks WHERE message_sid = $1`,
      [message.sid],
    );
    expect(gone.n).toBe(0);
  });

  it('still sends exactly once per recipient and channel when Redis goes away mid-broadcast', async () => {
    const smsFrom = double.messages.length;
    const id = await broadcast('b2');
    await sink.waitFor(sink.messages.length + 600, 60_000);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 2_000));
    await redis.start();
    const done = await completed(id);
    expect(done.totals).toMatchObject({
      queued: 0,
      failed: 0,
      sent: world.staff.total + world.staff.smsEligible,
    });
    await expectExactlyOnce('b2', id, smsFrom);
  }, 180_000);
});
