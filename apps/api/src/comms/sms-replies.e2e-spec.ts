import { commsStaff, db } from '../testing/comms-fixture';
import { CommsHarness, startComms } from '../testing/comms-harness';

jest.setTimeout(60_000);

interface EventRow {
  type: string;
  actor: { name: string };
  data: Record<string, unknown>;
}

/**
 * What staff text back: STOP (and Twilio's other opt-out words) withdraws their SMS
 * consent so later broadcasts skip them, START/UNSTOP or YES after a STOP gives it back,
 * and any other text reaches the owner on the incident's timeline; each reply is stored
 * once, however often Twilio posts it.
 */
describe('SMS replies', () => {
  let h: CommsHarness;
  const inboundUrl = () => `${h.api.url}/api/v1/webhooks/twilio/inbound`;
  const reply = (i: number, body: string) =>
    h.double.sendInbound(inboundUrl(), { from: commsStaff(i).mobile!, body });
  const consent = async (i: number): Promise<boolean> => {
    const [row] = await db(h.api).query(`SELECT sms_consent FROM staff WHERE email = $1`, [
      commsStaff(i).email,
    ]);
    return row.sms_consent;
  };
  const smsTo = async (id: string, i: number) => {
    const [row] = await db(h.api).query(
      `SELECT d.status, d.reason FROM deliveries d JOIN broadcast_recipients r
         ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.broadcast_id = $1 AND d.channel = 'sms' AND r.email = $2`,
      [id, commsStaff(i).email],
    );
    return row as { status: string; reason: string | null };
  };
  const events = async (type: string): Promise<EventRow[]> =>
    (
      await h.owner().get(`incidents/${h.world.incidentId}/events?limit=500`).expect(200)
    ).body.items.filter((e: EventRow) => e.type === type);
  const consentEvents = async () =>
    db(h.api).query(
      `SELECT data FROM events WHERE stream = 'directory' AND type = 'staff.sms_consent_changed' ORDER BY seq`,
    );

  beforeAll(async () => {
    h = await startComms(12);
    await h.settled(await h.broadcast('first', { channels: ['sms'] }));
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('withdraws SMS consent on STOP: the next broadcast skips them as no_sms_consent', async () => {
    expect(await consent(1)).toBe(true);
    expect(await reply(1, ' Stop ')).toBe(200);
    expect(await consent(1)).toBe(false);
    const [changed] = (await consentEvents()).slice(-1);
    expect(changed.data).toMatchObject({ names: ['Member 1'], smsConsent: false });
    h.double.reset();
    const id = await h.broadcast('after-stop', { channels: ['sms'] });
    await h.settled(id);
    expect(await smsTo(id, 1)).toEqual({ status: 'skipped', reason: 'no_sms_consent' });
    expect(h.double.to(commsStaff(1).mobile!)).toHaveLength(0);
    expect(h.double.to(commsStaff(3).mobile!)).toHaveLength(1);
  });

  it.each(['STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit', 'REVOKE', 'optout'])(
    'withdraws consent on %s too',
    async (word) => {
      await db(h.api).query(`UPDATE staff SET sms_consent = true WHERE email = $1`, [
        commsStaff(5).email,
      ]);
      expect(await reply(5, word)).toBe(200);
      expect(await consent(5)).toBe(false);
    },
  );

  it('gives consent back on START and UNSTOP; the next broadcast texts them again', async () => {
    expect(await reply(1, 'START')).toBe(200);
    expect(await consent(1)).toBe(true);
    expect(await reply(5, 'unstop')).toBe(200);
    expect(await consent(5)).toBe(true);
    h.double.reset();
    const id = await h.broadcast('after-start', { channels: ['sms'] });
    await h.settled(id);
    expect((await smsTo(id, 1)).status).toMatch(/^(sent|delivered)$/);
    expect(h.double.to(commsStaff(1).mobile!)).toHaveLength(1);
  });

  it('gives consent back on YES after a STOP, and acknowledges; a YES alone changes no consent', async () => {
    const id = await h.broadcast('ack-me', { channels: ['sms'], requireAck: true });
    await h.settled(id);
    expect(await reply(3, 'STOP')).toBe(200);
    expect(await consent(3)).toBe(false);
    expect(await reply(3, 'yes')).toBe(200);
    expect(await consent(3)).toBe(true);
    // member 7 never agreed to SMS: texting YES is no consent
    expect(commsStaff(7).consent).toBe(false);
    expect(await reply(7, 'YES')).toBe(200);
    expect(await consent(7)).toBe(false);
    const [ack] = await db(h.api).query(
      `SELECT ack_via FROM broadcast_recipients WHERE broadcast_id = $1 AND email = $2`,
      [id, commsStaff(3).email],
    );
    expect(ack.ack_via).toBe('sms_reply');
  });

  it('keeps what an acknowledgement says beyond YES as its note', async () => {
    const id = await h.broadcast('ack-with-note', { channels: ['sms'], requireAck: true });
    await h.settled(id);
    expect(await reply(9, 'OK but my PC is still slow')).toBe(200);
    const acked = (await events('broadcast.acknowledged')).filter(
      (e) => e.data['broadcastId'] === id,
    );
    expect(acked).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({
          name: 'Member 9',
          via: 'sms_reply',
          note: 'OK but my PC is still slow',
        }),
      }),
    ]);
  });

  it("puts any other reply on the timeline of the number's latest SMS, once per Twilio message", async () => {
    const id = await h.broadcast('latest', { channels: ['sms'] });
    await h.settled(id);
    const [delivery] = await db(h.api).query(
      `SELECT d.id, d.recipient_id FROM deliveries d JOIN broadcast_recipients r
         ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.broadcast_id = $1 AND d.channel = 'sms' AND r.email = $2`,
      [id, commsStaff(11).email],
    );
    const params = {
      AccountSid: h.double.accountSid,
      ApiVersion: '2010-04-01',
      Body: 'my PC\nstill shows the worm',
      From: commsStaff(11).mobile!,
      MessageSid: 'SM0123456789abcdef0123456789abcdef',
      NumMedia: '0',
      SmsSid: 'SM0123456789abcdef0123456789abcdef',
      To: '+15005550006',
    };
    expect((await h.double.postSigned(inboundUrl(), params)).status).toBe(200);
    expect((await h.double.postSigned(inboundUrl(), params)).status).toBe(200); // Twilio again
    const got = await events('broadcast.reply_received');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      actor: { name: 'Member 11 (SMS reply)' },
      data: {
        broadcastId: id,
        deliveryId: delivery.id,
        recipientId: delivery.recipient_id,
        name: 'Member 11',
        text: 'my PC still shows the worm',
        truncated: false,
      },
    });
    const stored = await db(h.api).query(
      `SELECT id, body, meaning, incident_id FROM sms_replies WHERE message_sid = $1`,
      [params.MessageSid],
    );
    expect(stored).toEqual([
      {
        id: got[0]!.data['replyId'],
        body: 'my PC\nstill shows the worm',
        meaning: 'other',
        incident_id: h.world.incidentId,
      },
    ]);
    expect(await consent(11)).toBe(true);
  });

  it('cuts a long reply on the timeline and stores it whole; a stranger is stored only', async () => {
    const long = 'the worm is back on every machine on our floor. '.repeat(20).trim();
    expect(await reply(1, long)).toBe(200);
    const [last] = (await events('broadcast.reply_received')).slice(-1);
    expect(last!.data['truncated']).toBe(true);
    expect([...(last!.data['text'] as string)]).toHaveLength(480);
    const [stored] = await db(h.api).query(`SELECT body FROM sms_replies WHERE id = $1`, [
      last!.data['replyId'],
    ]);
    expect(stored.body).toBe(long);

    const before = (await events('broadcast.reply_received')).length;
    expect(
      await h.double.sendInbound(inboundUrl(), { from: '+447000000999', body: 'who is this?' }),
    ).toBe(200);
    expect((await events('broadcast.reply_received')).length).toBe(before);
    const [stranger] = await db(h.api).query(
      `SELECT meaning, incident_id FROM sms_replies WHERE from_number = '+447000000999'`,
    );
    expect(stranger).toEqual({ meaning: 'other', incident_id: null });
  });

  it('fails an SMS Twilio refuses as opted out (21610) at once, saying why, and withdraws consent', async () => {
    // the STOP reached Twilio but not Cordon: Cordon still holds consent
    h.double.reset();
    h.double.optOut(commsStaff(11).mobile!);
    const id = await h.broadcast('opted-out-at-twilio', { channels: ['sms'] });
    await h.settled(id);
    const sms = await smsTo(id, 11);
    expect(sms.status).toBe('failed');
    expect(sms.reason).toMatch(
      /^twilio 400 \(21610\): the recipient has opted out of SMS from this number \(replied STOP\)/,
    );
    expect(h.double.attempts.filter((a) => a.to === commsStaff(11).mobile)).toHaveLength(1);
    // Twilio will refuse them until they text START: later broadcasts skip them instead
    expect(await consent(11)).toBe(false);
    const [changed] = (await consentEvents()).slice(-1);
    expect(changed.data).toMatchObject({
      names: ['Member 11'],
      smsConsent: false,
      via: 'twilio_opted_out',
    });
    const next = await h.broadcast('after-21610', { channels: ['sms'] });
    await h.settled(next);
    expect(await smsTo(next, 11)).toEqual({ status: 'skipped', reason: 'no_sms_consent' });
  });

  it('refuses an unsigned reply', async () => {
    const res = await fetch(inboundUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ From: commsStaff(1).mobile!, Body: 'STOP' }).toString(),
    });
    expect(res.status).toBe(403);
    expect(await consent(1)).toBe(true);
  });
});
