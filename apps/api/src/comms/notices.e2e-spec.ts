import { UpdateRemindersProcessor } from '@cordon/notices';
import { formatUpdateTime } from '@cordon/domain';
import { DirectiveEscalationService } from '@cordon/incidents';
import { commsStaff, db } from '../testing/comms-fixture';
import { CommsHarness, startComms } from '../testing/comms-harness';

const N = 40;
jest.setTimeout(60_000);

/**
 * The notices Cordon sends by itself: the overdue-update reminder, the LAN shutdown
 * notice, handover to both owners, directive escalation; and an SMS Twilio could not
 * deliver.
 */
describe('notices and provider reports', () => {
  let h: CommsHarness;

  beforeAll(async () => {
    h = await startComms(N);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('reminds the owner once by email and SMS when an update is overdue', async () => {
    h.sink.reset();
    h.double.reset();
    await db(h.api).query(
      `UPDATE incidents SET last_update_at = now() - interval '2 hours' WHERE id = $1`,
      [h.world.incidentId],
    );
    // the worker's own periodic sweep may get there first: either way, one reminder
    const sweep = h.worker.get(UpdateRemindersProcessor);
    const made = (await sweep.process()) + (await sweep.process());
    expect(made).toBeLessThanOrEqual(1);
    const [{ n }] = await db(h.api).query(
      `SELECT count(*)::int AS n FROM broadcasts WHERE incident_id = $1 AND kind = 'update_reminder'`,
      [h.world.incidentId],
    );
    expect(n).toBe(1);
    const reminders = () => h.sink.messages.filter((m) => m.subject.startsWith('Update overdue'));
    const texts = () =>
      h.double.to('+447999000001').filter((m) => m.body.includes('staff were promised an update'));
    await h.waitFor(() => texts().length === 1 && reminders().length === 1, 'the reminder');
    expect(reminders()[0]!.subject).toMatch(/^Update overdue: INC-\d{4}-\d{4}$/);
    expect(reminders()[0]!.to).toEqual([h.world.ownerEmail]);
    expect(texts()[0]!.body).toMatch(/^INC-\d{4}-\d{4}: staff were promised an update by /);
    const events = (
      await h.owner().get(`incidents/${h.world.incidentId}/events?limit=500`).expect(200)
    ).body.items;
    expect(
      events.filter((e: { type: string }) => e.type === 'incident.update_overdue'),
    ).toHaveLength(1);
    // an update (a broadcast) puts the next one a cadence ahead: nothing more is overdue
    await h.broadcast('update-after-reminder', { channels: ['email'] });
    expect(await sweep.process()).toBe(0);
  });

  it("tells a LAN's staff when it is shut down, and a reply YES acknowledges the notice", async () => {
    h.double.reset();
    const lan = h.world.council.lans['SOC-HALL'];
    await h
      .owner()
      .post(`incidents/${h.world.incidentId}/lans`, { lanIds: [lan] })
      .expect(201);
    await h
      .owner()
      .post(`incidents/${h.world.incidentId}/lans/${lan}/transitions`, {
        to: 'shut_down',
        reason: 'worm traffic',
      })
      .expect(200);
    // SOC-HALL: odd members and the owner; SMS to those with a consenting mobile
    const expected =
      Array.from({ length: N }, (_, k) => k + 1).filter(
        (i) => i % 2 === 1 && commsStaff(i).mobile && commsStaff(i).consent,
      ).length + 1;
    await h.waitFor(
      () =>
        h.double.messages.filter((m) => m.body.includes('is being shut down')).length === expected,
      'the notice',
    );
    const notice = h.double.to(commsStaff(1).mobile!)[0]!;
    expect(notice.body).toMatch(/your network SOC-HALL is being shut down.*Reason: worm traffic/s);
    expect(notice.body).toMatch(/Reply YES/);
    expect(h.double.to(commsStaff(2).mobile!)).toHaveLength(0); // EDU-HALL
    expect(
      await h.double.sendInbound(`${h.api.url}/api/v1/webhooks/twilio/inbound`, {
        from: commsStaff(1).mobile!,
        body: 'YES',
      }),
    ).toBe(200);
    const [ack] = await db(h.api).query(
      `SELECT r.ack_via FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id
       WHERE b.kind = 'lan_notice' AND r.mobile = $1`,
      [commsStaff(1).mobile],
    );
    expect(ack.ack_via).toBe('sms_reply');
  });

  it('tells both owners when the incident is handed over', async () => {
    h.sink.reset();
    const deputy = await h.api.login(['owner'], { name: 'Dan Deputy' });
    await h
      .owner()
      .post(`incidents/${h.world.incidentId}/handover`, {
        toUserId: deputy.id,
        reason: 'end of shift',
      })
      .expect(200);
    const notices = () =>
      h.sink.messages.filter((m) => /You own incident|handed over/.test(m.subject));
    await h.waitFor(() => notices().length === 2, 'the handover notices');
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
    h.sink.reset();
    // the handover above gave the incident to the deputy: Margaret takes it back
    await db(h.api).query(`UPDATE incidents SET owner_id = $2 WHERE id = $1`, [
      h.world.incidentId,
      h.world.owner.id,
    ]);
    const directive = await h
      .owner()
      .post(`incidents/${h.world.incidentId}/directives`, {
        text: 'Install MS03-026 on every machine',
        departmentIds: [h.world.council.departments.EDU],
        dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      })
      .expect(201);
    await db(h.api).query(
      `UPDATE directives SET due_at = now() - interval '1 minute' WHERE id = $1`,
      [directive.body.id],
    );
    expect(await h.api.app.get(DirectiveEscalationService).escalateOverdue()).toBe(1);
    const notices = () =>
      h.sink.messages.filter((m) => /directive not acknowledged/.test(m.subject));
    await h.waitFor(() => notices().length === 1, 'the directive escalation');
    expect(notices()[0]!.subject).toMatch(/not acknowledged by Education \(EDU\)$/);
    expect(notices()[0]!.text).toMatch(/"Install MS03-026 on every machine"/);
    // the time it was due by, as staff read times (not "by its due time")
    const [{ due_at }] = await db(h.api).query(`SELECT due_at FROM directives WHERE id = $1`, [
      directive.body.id,
    ]);
    expect(notices()[0]!.text).toContain(
      `by ${formatUpdateTime(new Date(due_at), 'Europe/London')}`,
    );
  });

  it('marks an SMS failed when Twilio reports it undelivered, with the error code', async () => {
    h.double.reset();
    const id = await h.broadcast('undelivered', { channels: ['sms'] });
    await h.settled(id);
    const [d] = await db(h.api).query(
      `SELECT id, provider_id FROM deliveries WHERE broadcast_id = $1 AND status = 'sent' LIMIT 1`,
      [id],
    );
    expect(
      await h.double.sendStatusCallback(d.provider_id, 'undelivered', { errorCode: 30003 }),
    ).toBe(200);
    const failed = await h.owner().get(`broadcasts/${id}/deliveries?status=failed`).expect(200);
    expect(failed.body.items).toEqual([
      expect.objectContaining({
        id: d.id,
        reason: 'twilio undelivered (error 30003)',
        providerStatus: 'undelivered',
      }),
    ]);
  });
});
