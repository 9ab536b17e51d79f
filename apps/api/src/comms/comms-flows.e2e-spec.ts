import { INestApplicationContext } from '@nestjs/common';
import type { BroadcastView } from '@cordon/contracts';
import { ScanProcessor } from '@cordon/comms';
import { DirectiveEscalationService } from '@cordon/incidents';
import { QueueFactory } from '@cordon/platform';
import { SmtpSink, ThrowawayRedis, TwilioDouble } from '@cordon/platform/testing';
import { ApiHarness, startApi } from '../testing/api-harness';
import { commsStaff, CommsWorld, createCommsWorld, db } from '../testing/comms-fixture';
import { deliveryOverrides, startCommsWorker } from '../testing/comms-worker';
import { as } from '../testing/incident-fixture';

const N = 40;
jest.setTimeout(60_000);

/**
 * What happens around the sends: failures with reasons and the owner's retry, transient
 * errors retried, escalation to the other channel, acknowledgements by hand, the
 * overdue-update reminder and the LAN shutdown notice.
 */
describe('crisis communications around the sends', () => {
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
        subject: `[${key}] {{reference}}`,
        body: '{{name}}: update on {{reference}}.',
        ...over,
      });
    if (res.status !== 202) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  const settled = async (id: string): Promise<BroadcastView> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const v: BroadcastView = (await owner().get(`broadcasts/${id}`).expect(200)).body;
      if (v.status === 'completed') return v;
      if (Date.now() > deadline) throw new Error(`not completed: ${JSON.stringify(v.totals)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const waitFor = async (check: () => Promise<boolean> | boolean, what: string) => {
    const deadline = Date.now() + 30_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    sink = await SmtpSink.start();
    double = await TwilioDouble.start();
    api = await startApi(deliveryOverrides(sink, double, redis.url));
    api.config.publicUrl = api.url;
    world = await createCommsWorld(api, N);
    worker = await startCommsWorker({ ...api.config });
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.stop();
    await double?.stop();
    await redis?.destroy();
  });

  it('fails permanent refusals with the reason, lists them, and sends them when the owner retries', async () => {
    const badMail = commsStaff(3).email;
    const badMobile = commsStaff(4).mobile!;
    sink.reject(badMail, 550, 'Mailbox unavailable');
    double.failFor(badMobile, {
      status: 400,
      code: 21610,
      message: 'Attempt to send to unsubscribed recipient',
    });
    const id = await broadcast('failures');
    const done = await settled(id);
    expect(done.totals.failed).toBe(2);
    expect(
      done.totals.queued +
        done.totals.sent +
        done.totals.delivered +
        done.totals.failed +
        done.totals.skipped,
    ).toBe(done.totals.deliveries);
    const failed = await owner().get(`broadcasts/${id}/deliveries?status=failed`).expect(200);
    expect(
      failed.body.items.map((d: { channel: string; address: string; reason: string }) => [
        d.channel,
        d.address,
        d.reason,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['email', badMail, expect.stringMatching(/^smtp 550 .*Mailbox unavailable/)],
        ['sms', badMobile, expect.stringMatching(/21610/)],
      ]),
    );
    expect(sink.to(badMail)).toHaveLength(0);

    // command staff may not retry; the owner may, and the fixed addresses get their message once
    expect((await as(api, world.command.token).post(`broadcasts/${id}/retry-failed`)).status).toBe(
      403,
    );
    sink.clearRules();
    double.reset();
    const retried = await owner().post(`broadcasts/${id}/retry-failed`).expect(200);
    expect(retried.body).toEqual({ retried: 2 });
    await waitFor(
      async () => (await owner().get(`broadcasts/${id}`)).body.totals.failed === 0,
      'the retry',
    );
    const after = await settled(id);
    expect(after.totals).toMatchObject({ failed: 0, queued: 0 });
    expect(sink.to(badMail)).toHaveLength(1);
    expect(double.to(badMobile)).toHaveLength(1);
    const events = (await owner().get(`incidents/${world.incidentId}/events?limit=500`).expect(200))
      .body.items;
    const mine = events.filter(
      (e: { data: { broadcastId?: string } }) => e.data.broadcastId === id,
    );
    expect(mine.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining([
        'broadcast.created',
        'broadcast.completed',
        'broadcast.retry_requested',
        'broadcast.round_completed',
      ]),
    );
    expect(mine.filter((e: { type: string }) => e.type === 'broadcast.completed')).toHaveLength(1);
    expect((await owner().post(`broadcasts/${id}/retry-failed`).expect(200)).body).toEqual({
      retried: 0,
    });
  });

  it('retries transient failures with backoff and sends each once', async () => {
    sink.reset();
    double.reset();
    const mail = commsStaff(5).email;
    sink.reject(mail, 451, 'Try again later');
    double.failNext(3, { status: 503 });
    const id = await broadcast('transient', { channels: ['email', 'sms'] });
    await waitFor(() => sink.attempts(mail) >= 2, 'a second attempt');
    sink.clearRules();
    const done = await settled(id);
    expect(done.totals).toMatchObject({ failed: 0, queued: 0 });
    expect(sink.to(mail)).toHaveLength(1);
    const [row] = await db(api).query(
      `SELECT attempts FROM deliveries WHERE broadcast_id = $1 AND address = $2`,
      [id, mail],
    );
    expect(row.attempts).toBeGreaterThanOrEqual(2);
    const perNumber = new Map<string, number>();
    for (const m of double.messages) perNumber.set(m.to, (perNumber.get(m.to) ?? 0) + 1);
    expect([...perNumber.values()].every((n) => n === 1)).toBe(true);
  });

  it('escalates the silent to the other channel when their time is up, and lists who is still silent', async () => {
    double.reset();
    const id = await broadcast('escalate', {
      channels: ['email'],
      requireAck: true,
      escalateAfterMinutes: 30,
    });
    await settled(id);
    const acked = commsStaff(1).email;
    const token = (
      await db(api).query(
        `SELECT ack_token FROM deliveries WHERE broadcast_id = $1 AND address = $2`,
        [id, acked],
      )
    )[0].ack_token;
    await api.http().get(`/api/v1/ack/${token}`).expect(200);
    // the escalation is a delayed job; bring its time forward
    const job = await worker!
      .get(QueueFactory)
      .queue('broadcast-escalation')
      .getJob(`escalate-${id}`);
    expect(await job!.getState()).toBe('delayed');
    await job!.promote();
    await waitFor(
      async () => (await owner().get(`broadcasts/${id}`)).body.escalatedAt !== null,
      'escalation',
    );
    const done = await settled(id);
    const unacked = world.staff.total - 1;
    // the unacknowledged with a consenting mobile were texted; the one who acknowledged was not
    expect(done.totals.byChannel.sms.sent).toBe(world.staff.smsEligible - 1);
    expect(double.to(commsStaff(1).mobile!)).toHaveLength(0);
    const sms = double.to(commsStaff(2).mobile!);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toMatch(/Reply YES/);
    const events = (await owner().get(`incidents/${world.incidentId}/events?limit=500`).expect(200))
      .body.items;
    const escalated = events.find(
      (e: { type: string; data: { broadcastId?: string } }) =>
        e.type === 'broadcast.escalated' && e.data.broadcastId === id,
    );
    expect(escalated.data).toMatchObject({
      escalated: world.staff.smsEligible - 1,
      silent: unacked,
    });
    // escalating again changes nothing
    await worker!
      .get(QueueFactory)
      .queue('broadcast-escalation')
      .add('broadcast.escalate', { broadcastId: id }, { jobId: `again-${id}` });
    await new Promise((r) => setTimeout(r, 500));
    expect((await owner().get(`broadcasts/${id}`)).body.totals.byChannel.sms.deliveries).toBe(
      world.staff.smsEligible - 1,
    );

    // who is silent: everyone but the one who acknowledged; a reply YES takes one off
    const silent = await owner().get(`broadcasts/${id}/silent?limit=500`).expect(200);
    expect(silent.body.items).toHaveLength(unacked);
    expect(
      await double.sendInbound(`${api.url}/api/v1/webhooks/twilio/inbound`, {
        from: commsStaff(2).mobile!,
        body: 'OK',
      }),
    ).toBe(200);
    expect(
      (await owner().get(`broadcasts/${id}/silent?limit=500`).expect(200)).body.items,
    ).toHaveLength(unacked - 1);
  });

  it('records an acknowledgement taken by phone once, by owner or command staff only', async () => {
    const id = await broadcast('by-hand', { channels: ['email'], requireAck: true });
    const [r] = await db(api).query(
      `SELECT recipient_id FROM broadcast_recipients WHERE broadcast_id = $1 AND email = $2`,
      [id, commsStaff(6).email],
    );
    const cmd = as(api, world.command.token);
    const first = await cmd
      .post(`broadcasts/${id}/acknowledgements`, {
        staffId: r.recipient_id,
        note: 'Rang the office',
      })
      .expect(200);
    expect(first.body).toMatchObject({ via: 'console', recorded: true, note: 'Rang the office' });
    const again = await owner()
      .post(`broadcasts/${id}/acknowledgements`, { staffId: r.recipient_id })
      .expect(200);
    expect(again.body).toMatchObject({ via: 'console', recorded: false });
    expect((await owner().get(`broadcasts/${id}`)).body.totals.acknowledged).toBe(1);
    const itu = await api.login(['itu'], { departmentId: world.council.departments.SOC });
    expect(
      (
        await as(api, itu.token).post(`broadcasts/${id}/acknowledgements`, {
          staffId: r.recipient_id,
        })
      ).status,
    ).toBe(403);
    expect(
      (await cmd.post(`broadcasts/${id}/acknowledgements`, { staffId: world.owner.id })).status,
    ).toBe(404);
    expect((await cmd.post(`broadcasts/${id}/acknowledgements`, { staffId: 'nope' })).status).toBe(
      400,
    );
  });

  it('reminds the owner once by email and SMS when an update is overdue', async () => {
    sink.reset();
    double.reset();
    await db(api).query(
      `UPDATE incidents SET last_update_at = now() - interval '2 hours' WHERE id = $1`,
      [world.incidentId],
    );
    const scan = worker!.get(ScanProcessor);
    expect(await scan.remind()).toBe(1);
    expect(await scan.remind()).toBe(0);
    const reminders = () => sink.messages.filter((m) => m.subject.startsWith('Update overdue'));
    const texts = () =>
      double.to('+447999000001').filter((m) => m.body.includes('staff were promised an update'));
    await waitFor(() => texts().length === 1 && reminders().length === 1, 'the reminder');
    expect(reminders()[0]!.subject).toMatch(/^Update overdue: INC-\d{4}-\d{4}$/);
    expect(reminders()[0]!.to).toEqual([world.ownerEmail]);
    expect(texts()[0]!.body).toMatch(/^Margaret Owner, staff were promised an update on INC-/);
    const events = (await owner().get(`incidents/${world.incidentId}/events?limit=500`).expect(200))
      .body.items;
    expect(
      events.filter((e: { type: string }) => e.type === 'incident.update_overdue'),
    ).toHaveLength(1);
    // an update (a broadcast) puts the next one a cadence ahead: nothing more is overdue
    await broadcast('update-after-reminder', { channels: ['email'] });
    expect(await scan.remind()).toBe(0);
  });

  it("tells a LAN's staff when it is shut down, and a reply YES acknowledges the notice", async () => {
    double.reset();
    const lan = world.council.lans['SOC-HALL'];
    await owner()
      .post(`incidents/${world.incidentId}/lans`, { lanIds: [lan] })
      .expect(201);
    await owner()
      .post(`incidents/${world.incidentId}/lans/${lan}/transitions`, {
        to: 'shut_down',
        reason: 'worm traffic',
      })
      .expect(200);
    // SOC-HALL: odd members and the owner; SMS to those with a consenting mobile
    const expected =
      Array.from({ length: N }, (_, k) => k + 1).filter(
        (i) => i % 2 === 1 && commsStaff(i).mobile && commsStaff(i).consent,
      ).length + 1;
    await waitFor(
      () =>
        double.messages.filter((m) => m.body.includes('is being shut down')).length === expected,
      'the notice',
    );
    const notice = double.to(commsStaff(1).mobile!)[0]!;
    expect(notice.body).toMatch(/your network SOC-HALL is being shut down.*Reason: worm traffic/s);
    expect(notice.body).toMatch(/Reply YES/);
    expect(double.to(commsStaff(2).mobile!)).toHaveLength(0); // EDU-HALL
    expect(
      await double.sendInbound(`${api.url}/api/v1/webhooks/twilio/inbound`, {
        from: commsStaff(1).mobile!,
        body: 'YES',
      }),
    ).toBe(200);
    const [ack] = await db(api).query(
      `SELECT r.ack_via FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id
       WHERE b.kind = 'lan_notice' AND r.mobile = $1`,
      [commsStaff(1).mobile],
    );
    expect(ack.ack_via).toBe('sms_reply');
  });

  it('tells both owners when the incident is handed over', async () => {
    sink.reset();
    const deputy = await api.login(['owner'], { name: 'Dan Deputy' });
    await owner()
      .post(`incidents/${world.incidentId}/handover`, {
        toUserId: deputy.id,
        reason: 'end of shift',
      })
      .expect(200);
    const notices = () =>
      sink.messages.filter((m) => /You own incident|handed over/.test(m.subject));
    await waitFor(() => notices().length === 2, 'the handover notices');
    const bySubject = Object.fromEntries(
      notices().map((m) => [m.subject.replace(/INC-\d+-\d+/, 'INC'), m.text]),
    );
    expect(bySubject['You own incident INC']).toMatch(
      /you are now the owner of incident INC-.*handed over by Margaret Owner\. Reason: end of shift\./,
    );
    expect(bySubject['INC: handed over']).toMatch(
      /you have handed incident INC-.* over to Dan Deputy\./,
    );
  });

  it('tells the owner when a department has not acknowledged a directive in time', async () => {
    sink.reset();
    // the handover above gave the incident to the deputy: Margaret takes it back
    await db(api).query(`UPDATE incidents SET owner_id = $2 WHERE id = $1`, [
      world.incidentId,
      world.owner.id,
    ]);
    const directive = await owner()
      .post(`incidents/${world.incidentId}/directives`, {
        text: 'Install MS03-026 on every machine',
        departmentIds: [world.council.departments.EDU],
        dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      })
      .expect(201);
    await db(api).query(
      `UPDATE directives SET due_at = now() - interval '1 minute' WHERE id = $1`,
      [directive.body.id],
    );
    expect(await api.app.get(DirectiveEscalationService).escalateOverdue()).toBe(1);
    const notices = () => sink.messages.filter((m) => /directive not acknowledged/.test(m.subject));
    await waitFor(() => notices().length === 1, 'the directive escalation');
    expect(notices()[0]!.subject).toMatch(/not acknowledged by Education \(EDU\)$/);
    expect(notices()[0]!.text).toMatch(/"Install MS03-026 on every machine"/);
  });

  it('marks an SMS failed when Twilio reports it undelivered, with the error code', async () => {
    double.reset();
    const id = await broadcast('undelivered', { channels: ['sms'] });
    await settled(id);
    const [d] = await db(api).query(
      `SELECT id, provider_id FROM deliveries WHERE broadcast_id = $1 AND status = 'sent' LIMIT 1`,
      [id],
    );
    expect(
      await double.sendStatusCallback(d.provider_id, 'undelivered', { errorCode: 30003 }),
    ).toBe(200);
    const failed = await owner().get(`broadcasts/${id}/deliveries?status=failed`).expect(200);
    expect(failed.body.items).toEqual([
      expect.objectContaining({
        id: d.id,
        reason: 'twilio undelivered (error 30003)',
        providerStatus: 'undelivered',
      }),
    ]);
  });
});
