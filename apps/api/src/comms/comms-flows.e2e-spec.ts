import { QueueFactory } from '@cordon/platform';
import { commsStaff, db } from '../testing/comms-fixture';
import { CommsHarness, startComms } from '../testing/comms-harness';
import { as } from '../testing/incident-fixture';

const N = 40;
jest.setTimeout(60_000);

/**
 * What happens around the sends: failures with reasons and the owner's retry, transient
 * errors retried, escalation to the other channel and the silent list, acknowledgements
 * by hand.
 */
describe('crisis communications around the sends', () => {
  let h: CommsHarness;

  beforeAll(async () => {
    h = await startComms(N);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('fails permanent refusals with the reason, lists them, and sends them when the owner retries', async () => {
    const badMail = commsStaff(3).email;
    const badMobile = commsStaff(4).mobile!;
    h.sink.reject(badMail, 550, 'Mailbox unavailable');
    // (an opted-out number, 21610, also withdraws consent: apps/api/src/comms/sms-replies)
    h.double.failFor(badMobile, {
      status: 400,
      code: 21211,
      message: "The 'To' number is not a valid phone number.",
    });
    const id = await h.broadcast('failures');
    const done = await h.settled(id);
    expect(done.totals.failed).toBe(2);
    expect(
      done.totals.queued +
        done.totals.sent +
        done.totals.delivered +
        done.totals.failed +
        done.totals.skipped,
    ).toBe(done.totals.deliveries);
    const failed = await h.owner().get(`broadcasts/${id}/deliveries?status=failed`).expect(200);
    expect(
      failed.body.items.map((d: { channel: string; address: string; reason: string }) => [
        d.channel,
        d.address,
        d.reason,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['email', badMail, expect.stringMatching(/^smtp 550 .*Mailbox unavailable/)],
        ['sms', badMobile, expect.stringMatching(/^twilio 400 \(21211\)/)],
      ]),
    );
    expect(h.sink.to(badMail)).toHaveLength(0);

    // command staff may not retry; the owner may, and the fixed addresses get their message once
    expect(
      (await as(h.api, h.world.command.token).post(`broadcasts/${id}/retry-failed`)).status,
    ).toBe(403);
    h.sink.clearRules();
    h.double.reset();
    const retried = await h.owner().post(`broadcasts/${id}/retry-failed`).expect(200);
    expect(retried.body).toEqual({ retried: 2 });
    await h.waitFor(
      async () => (await h.owner().get(`broadcasts/${id}`)).body.totals.failed === 0,
      'the retry',
    );
    const after = await h.settled(id);
    expect(after.totals).toMatchObject({ failed: 0, queued: 0 });
    expect(h.sink.to(badMail)).toHaveLength(1);
    expect(h.double.to(badMobile)).toHaveLength(1);
    const events = (
      await h.owner().get(`incidents/${h.world.incidentId}/events?limit=500`).expect(200)
    ).body.items;
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
    expect((await h.owner().post(`broadcasts/${id}/retry-failed`).expect(200)).body).toEqual({
      retried: 0,
    });
  });

  it('retries transient failures with backoff and sends each once', async () => {
    h.sink.reset();
    h.double.reset();
    const mail = commsStaff(5).email;
    h.sink.reject(mail, 451, 'Try again later');
    h.double.failNext(3, { status: 503 });
    const id = await h.broadcast('transient', { channels: ['email', 'sms'] });
    await h.waitFor(() => h.sink.attempts(mail) >= 2, 'a second attempt');
    h.sink.clearRules();
    const done = await h.settled(id);
    expect(done.totals).toMatchObject({ failed: 0, queued: 0 });
    expect(h.sink.to(mail)).toHaveLength(1);
    const [row] = await db(h.api).query(
      `SELECT attempts FROM deliveries WHERE broadcast_id = $1 AND address = $2`,
      [id, mail],
    );
    expect(row.attempts).toBeGreaterThanOrEqual(2);
    const perNumber = new Map<string, number>();
    for (const m of h.double.messages) perNumber.set(m.to, (perNumber.get(m.to) ?? 0) + 1);
    expect([...perNumber.values()].every((n) => n === 1)).toBe(true);
  });

  it('escalates the silent to the other channel when their time is up, and lists who is still silent', async () => {
    h.double.reset();
    const id = await h.broadcast('escalate', {
      channels: ['email'],
      requireAck: true,
      escalateAfterMinutes: 30,
    });
    await h.settled(id);
    const acked = commsStaff(1).email;
    const token = (
      await db(h.api).query(
        `SELECT ack_token FROM deliveries WHERE broadcast_id = $1 AND address = $2`,
        [id, acked],
      )
    )[0].ack_token;
    await h.api.http().get(`/api/v1/ack/${token}`).expect(200);
    // the escalation is a delayed job; bring its time forward
    const job = await h
      .worker!.get(QueueFactory)
      .queue('broadcast-escalation')
      .getJob(`escalate-${id}`);
    expect(await job!.getState()).toBe('delayed');
    await job!.promote();
    await h.waitFor(
      async () => (await h.owner().get(`broadcasts/${id}`)).body.escalatedAt !== null,
      'escalation',
    );
    const done = await h.settled(id);
    const unacked = h.world.staff.total - 1;
    // the unacknowledged with a consenting mobile were texted; the one who acknowledged was not
    expect(done.totals.byChannel.sms.sent).toBe(h.world.staff.smsEligible - 1);
    expect(h.double.to(commsStaff(1).mobile!)).toHaveLength(0);
    const sms = h.double.to(commsStaff(2).mobile!);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toMatch(/Reply YES/);
    const events = (
      await h.owner().get(`incidents/${h.world.incidentId}/events?limit=500`).expect(200)
    ).body.items;
    const escalated = events.find(
      (e: { type: string; data: { broadcastId?: string } }) =>
        e.type === 'broadcast.escalated' && e.data.broadcastId === id,
    );
    expect(escalated.data).toMatchObject({
      escalated: h.world.staff.smsEligible - 1,
      silent: unacked,
    });
    // escalating again changes nothing
    await h
      .worker!.get(QueueFactory)
      .queue('broadcast-escalation')
      .add('broadcast.escalate', { broadcastId: id }, { jobId: `again-${id}` });
    await new Promise((r) => setTimeout(r, 500));
    expect((await h.owner().get(`broadcasts/${id}`)).body.totals.byChannel.sms.deliveries).toBe(
      h.world.staff.smsEligible - 1,
    );

    // who is silent: everyone but the one who acknowledged; a reply YES takes one off
    const silent = await h.owner().get(`broadcasts/${id}/silent?limit=500`).expect(200);
    expect(silent.body.items).toHaveLength(unacked);
    expect(
      await h.double.sendInbound(`${h.api.url}/api/v1/webhooks/twilio/inbound`, {
        from: commsStaff(2).mobile!,
        body: 'OK',
      }),
    ).toBe(200);
    expect(
      (await h.owner().get(`broadcasts/${id}/silent?limit=500`).expect(200)).body.items,
    ).toHaveLength(unacked - 1);
  });

  it('records an acknowledgement taken by phone once, by owner or command staff only', async () => {
    const id = await h.broadcast('by-hand', { channels: ['email'], requireAck: true });
    const [r] = await db(h.api).query(
      `SELECT recipient_id FROM broadcast_recipients WHERE broadcast_id = $1 AND email = $2`,
      [id, commsStaff(6).email],
    );
    const cmd = as(h.api, h.world.command.token);
    const first = await cmd
      .post(`broadcasts/${id}/acknowledgements`, {
        staffId: r.recipient_id,
        note: 'Rang the office',
      })
      .expect(200);
    expect(first.body).toMatchObject({ via: 'console', recorded: true, note: 'Rang the office' });
    const again = await h
      .owner()
      .post(`broadcasts/${id}/acknowledgements`, { staffId: r.recipient_id })
      .expect(200);
    expect(again.body).toMatchObject({ via: 'console', recorded: false });
    expect((await h.owner().get(`broadcasts/${id}`)).body.totals.acknowledged).toBe(1);
    const itu = await h.api.login(['itu'], { departmentId: h.world.council.departments.SOC });
    expect(
      (
        await as(h.api, itu.token).post(`broadcasts/${id}/acknowledgements`, {
          staffId: r.recipient_id,
        })
      ).status,
    ).toBe(403);
    expect(
      (await cmd.post(`broadcasts/${id}/acknowledgements`, { staffId: h.world.owner.id })).status,
    ).toBe(404);
    expect((await cmd.post(`broadcasts/${id}/acknowledgements`, { staffId: 'nope' })).status).toBe(
      400,
    );
  });
});
