import type { DeliveryView, Page, SilentRecipientView } from '@cordon/contracts';
import { smsSegments } from '@cordon/domain';
import { commsStaff, db } from '../testing/comms-fixture';
import { CommsHarness, startComms } from '../testing/comms-harness';

const N = 25;
jest.setTimeout(60_000);

/**
 * The broadcast desk once a broadcast is sent: the SMS staff receive (the broadcast's
 * own text, or its subject — never the email), the failed list with reasons page by
 * page, and the silent list page by page.
 */
describe('the broadcast desk after sending', () => {
  let h: CommsHarness;

  /** Every page of a list, following nextCursor, with the page sizes seen. */
  async function allPages<T>(
    path: string,
    limit: number,
  ): Promise<{ items: T[]; sizes: number[] }> {
    const items: T[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const url = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: Page<T> = (await h.owner().get(url).expect(200)).body;
      items.push(...page.items);
      sizes.push(page.items.length);
      cursor = page.nextCursor;
      if (sizes.length > 100) throw new Error('the pages never end');
    } while (cursor);
    return { items, sizes };
  }

  beforeAll(async () => {
    h = await startComms(N);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it("texts the broadcast's own SMS text, and without one the subject: never the email", async () => {
    const to = commsStaff(3).mobile!;
    const long = 'Dear {{name}}, '.padEnd(1_500, 'a long email about the network closures. ');
    const own = await h.broadcast('own-sms', {
      body: long,
      smsBody: '{{reference}}: {{lan}} closes at 14:00.',
      requireAck: true,
    });
    await h.settled(own);
    const derived = await h.broadcast('derived-sms', { body: long, requireAck: true });
    await h.settled(derived);
    const texts = h.double.to(to).map((m) => m.body);
    expect(texts).toEqual([
      `${h.world.reference}: SOC-HALL closes at 14:00.\nReply YES to confirm you have read this.`,
      `[derived-sms] ${h.world.reference}\nReply YES to confirm you have read this.`,
    ]);
    for (const text of texts) expect(smsSegments(text).segments).toBe(1);
    // the email still carries the whole body
    const mail = h.sink.messages.find(
      (m) =>
        m.subject === `[derived-sms] ${h.world.reference}` && m.to.includes(commsStaff(3).email),
    );
    expect(mail?.text).toContain('a long email about the network closures.');
  });

  it('lists only the failed deliveries with their reasons, page by page, and refuses a status it does not know', async () => {
    const badMails = [5, 7, 9].map((i) => commsStaff(i).email);
    const badMobiles = [11, 13].map((i) => commsStaff(i).mobile!);
    for (const mail of badMails) h.sink.reject(mail, 550, 'Mailbox unavailable');
    for (const mobile of badMobiles)
      h.double.failFor(mobile, { status: 400, code: 21211, message: 'not a valid phone number' });
    const id = await h.broadcast('failed-list');
    const done = await h.settled(id);
    h.sink.clearRules();
    h.double.reset();
    expect(done.totals.failed).toBe(5);

    const failed = await allPages<DeliveryView>(`broadcasts/${id}/deliveries?status=failed`, 2);
    expect(failed.sizes).toEqual([2, 2, 1]);
    expect(failed.items.every((d) => d.status === 'failed' && d.failedAt !== null)).toBe(true);
    expect(new Set(failed.items.map((d) => d.id)).size).toBe(5);
    expect(
      failed.items.map((d) => [d.channel, d.address, d.reason?.split(' ').slice(0, 2).join(' ')]),
    ).toEqual(
      expect.arrayContaining([
        ...badMails.map((a) => ['email', a, 'smtp 550']),
        ...badMobiles.map((a) => ['sms', a, 'twilio 400']),
      ]),
    );
    const names = failed.items.map((d) => d.recipient.name);
    expect(names).toEqual([...names].sort());

    const failedSms = await allPages<DeliveryView>(
      `broadcasts/${id}/deliveries?status=failed&channel=sms`,
      1,
    );
    expect(failedSms.items.map((d) => d.address).sort()).toEqual([...badMobiles].sort());
    const skipped = (await h.owner().get(`broadcasts/${id}/deliveries?status=skipped&limit=500`))
      .body.items as DeliveryView[];
    expect(skipped).toHaveLength(done.totals.skipped);
    expect(skipped.every((d) => d.reason !== null)).toBe(true);

    const bad = await h.owner().get(`broadcasts/${id}/deliveries?status=broken`).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('status');
  });

  it('pages through the silent without losing or repeating anyone, and refuses a cursor it did not give', async () => {
    const id = await h.broadcast('silent-pages', { channels: ['email'], requireAck: true });
    await h.settled(id);
    const acked = [2, 4].map((i) => commsStaff(i).email);
    const tokens: { ack_token: string }[] = await db(h.api).query(
      `SELECT ack_token FROM deliveries WHERE broadcast_id = $1 AND address = ANY($2::text[])`,
      [id, acked],
    );
    for (const t of tokens) await h.api.http().get(`/api/v1/ack/${t.ack_token}`).expect(200);

    const silent = await allPages<SilentRecipientView>(`broadcasts/${id}/silent`, 4);
    const expected = h.world.staff.total - acked.length;
    expect(silent.items).toHaveLength(expected);
    expect(new Set(silent.items.map((s) => s.recipientId)).size).toBe(expected);
    expect(silent.sizes).toEqual([
      ...Array<number>(Math.floor(expected / 4)).fill(4),
      ...(expected % 4 ? [expected % 4] : []),
    ]);
    expect(silent.items.some((s) => acked.includes(s.email ?? ''))).toBe(false);
    const names = silent.items.map((s) => s.name);
    expect(names).toEqual([...names].sort());
    expect(silent.items[0]!.deliveries).toEqual([
      { channel: 'email', status: 'sent', reason: null },
    ]);

    const bad = await h.owner().get(`broadcasts/${id}/silent?cursor=nonsense`).expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'cursor', message: 'is not a cursor this list gave out' },
    ]);
  });
});
