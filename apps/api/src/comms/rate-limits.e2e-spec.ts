import { CommsHarness, startComms } from '../testing/comms-harness';

const N = 49; // and the owner: 50 staff
const PER_SECOND = 10;
jest.setTimeout(60_000);

/**
 * The providers' sending limits: with EMAIL_PER_SECOND and SMS_PER_SECOND set, a
 * broadcast goes out no faster than that (BullMQ's limiter, shared by all workers) and
 * still reaches everyone once. Unlimited, these messages all arrive within half a second.
 */
describe('sending limits per provider', () => {
  let h: CommsHarness;

  beforeAll(async () => {
    h = await startComms(N, (config) => ({
      ...config,
      smtp: { ...config.smtp, perSecond: PER_SECOND },
      sms: { ...config.sms, perSecond: PER_SECOND },
    }));
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('sends no faster than EMAIL_PER_SECOND and SMS_PER_SECOND, and everyone once', async () => {
    expect(Math.ceil(h.world.staff.smsEligible / PER_SECOND)).toBeGreaterThanOrEqual(3);
    h.sink.reset();
    h.double.reset();
    const id = await h.broadcast('limited');
    const view = await h.settled(id);
    const { total, smsEligible } = h.world.staff;
    expect(view.totals.byChannel.email.sent).toBe(total);
    expect(view.totals.byChannel.sms.sent).toBe(smsEligible);
    const mail = h.sink.messages.filter((m) => m.subject.startsWith('[limited]'));
    expect(new Set(mail.map((m) => m.to[0])).size).toBe(total);
    expect(mail).toHaveLength(total);
    // (the owner's own notice of the incident may arrive meanwhile: not this broadcast's)
    const ours = (body: string) => body.startsWith('[limited] '); // the SMS is the subject
    const sms = h.double.messages.filter((m) => ours(m.body));
    expect(new Set(sms.map((m) => m.to)).size).toBe(smsEligible);
    expect(sms).toHaveLength(smsEligible);

    // the limiter lets `limit` jobs start per one-second window, so n messages start over
    // at least ⌈n/limit⌉ windows; their arrivals span all but the first two of them, even
    // when the first messages are slow to arrive (opening connections on a busy machine)
    const span = (times: number[]) => Math.max(...times) - Math.min(...times);
    const atLeast = (n: number) => (Math.ceil(n / PER_SECOND) - 2) * 1000;
    expect(span(mail.map((m) => m.receivedAt.getTime()))).toBeGreaterThanOrEqual(atLeast(total));
    const texts = h.double.attempts
      .filter((a) => a.status < 300 && ours(a.body))
      .map((a) => a.at.getTime());
    expect(span(texts)).toBeGreaterThanOrEqual(atLeast(smsEligible));
  });
});
