import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/config';
import { SmtpSink } from '../testing/smtp-sink';
import { MailSender } from './mail-sender';
import { PermanentSendError, SendError, TransientSendError } from './send-errors';

async function failure(work: Promise<unknown>): Promise<SendError> {
  try {
    await work;
  } catch (err) {
    if (err instanceof SendError) return err;
    throw err;
  }
  throw new Error('expected the send to fail');
}

describe(MailSender.name, () => {
  let sink: SmtpSink | undefined;
  let sender: MailSender | undefined;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    sink = await SmtpSink.start();
    sender = new MailSender(
      loadConfig({
        NODE_ENV: 'test',
        SMTP_URL: sink.url,
        MAIL_FROM: 'Cordon <cordon@council.example>',
        SMTP_MAX_CONNECTIONS: '3',
        SMTP_MAX_REQUEUES: '1',
        SMTP_TIMEOUT_MS: '5000',
      }),
    );
  });

  afterEach(() => sink?.reset());

  afterAll(async () => {
    await sender?.close();
    await sink?.stop();
    Logger.overrideLogger(['log', 'warn', 'error']);
  });

  const mail = (to: string, n = 1) => ({
    to,
    subject: `Incident INC-7 update ${n}`,
    text: `Hello ${to}, message ${n}.`,
    messageId: `delivery-${n}-${to.replace(/[^a-z0-9]/gi, '')}@cordon.test`,
  });

  it('sends through a pool of at most maxConnections connections', async () => {
    const receipts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => sender!.send(mail(`staff${i}@council.example`, i))),
    );
    expect(sink!.messages).toHaveLength(30);
    expect(sink!.connectionsOpened).toBeGreaterThan(0);
    expect(sink!.connectionsOpened).toBeLessThanOrEqual(3);
    expect(receipts[0]!.response).toMatch(/^250 /);
    expect(receipts.map((r) => r.providerId).every((id) => /^sink\d+$/.test(id))).toBe(true);
    const first = sink!.to('staff0@council.example')[0]!;
    expect(first.from).toBe('cordon@council.example');
    expect(first.subject).toBe('Incident INC-7 update 0');
    expect(first.text).toBe('Hello staff0@council.example, message 0.');
  });

  it('keeps the given Message-ID, the same on a repeat of one delivery', async () => {
    const once = { ...mail('repeat@council.example'), messageId: 'd-42@cordon.test' };
    const a = await sender!.send(once);
    const b = await sender!.send({ ...once, messageId: '<d-42@cordon.test>' });
    expect(a.messageId).toBe('<d-42@cordon.test>');
    expect(b.messageId).toBe('<d-42@cordon.test>');
    expect(sink!.to('repeat@council.example').map((m) => m.messageId)).toEqual([
      '<d-42@cordon.test>',
      '<d-42@cordon.test>',
    ]);
  });

  it('sends plain text and HTML with extra headers and a non-ASCII subject', async () => {
    await sender!.send({
      ...mail('html@council.example'),
      subject: 'Réseau coupé — LAN-3',
      html: '<p>Hello <b>there</b></p>',
      headers: { 'X-Cordon-Delivery': 'd-7' },
    });
    const [got] = sink!.to('html@council.example');
    expect(got!.subject).toBe('Réseau coupé — LAN-3');
    expect(got!.headers.get('x-cordon-delivery')).toBe('d-7');
    expect(got!.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(got!.text).toBe('Hello html@council.example, message 1.');
    expect(got!.raw).toContain('<b>there</b>');
  });

  it('calls an SMTP 4xx transient, at RCPT and after DATA', async () => {
    sink!.reject('busy@council.example', 451, 'Try again later');
    sink!.reject('full@council.example', 452, 'Mailbox full for now', 'data');
    const rcpt = await failure(sender!.send(mail('busy@council.example')));
    const data = await failure(sender!.send(mail('full@council.example')));
    for (const err of [rcpt, data]) {
      expect(err).toBeInstanceOf(TransientSendError);
      expect((err as TransientSendError).outcomeUnknown).toBe(false);
    }
    expect(rcpt.providerCode).toBe(451);
    expect(rcpt.reason).toMatch(/smtp 451.*Try again later/);
    expect(data.providerCode).toBe(452);
    expect(sink!.messages).toHaveLength(0);
  });

  it('calls an SMTP 5xx permanent, with the reason', async () => {
    sink!.reject('gone@council.example', 550, 'No such user here');
    sink!.reject('spam@council.example', 554, 'Message refused', 'data');
    const rcpt = await failure(sender!.send(mail('gone@council.example')));
    const data = await failure(sender!.send(mail('spam@council.example')));
    expect(rcpt).toBeInstanceOf(PermanentSendError);
    expect(rcpt.reason).toMatch(/smtp 550.*No such user here/);
    expect(data).toBeInstanceOf(PermanentSendError);
    expect(data.providerCode).toBe(554);
  });

  it('refuses an invalid address without contacting the server', async () => {
    const before = sink!.connectionsOpened;
    const err = await failure(sender!.send(mail('not an address')));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.providerCode).toBe('invalid_address');
    expect(sink!.connectionsOpened).toBe(before);
  });

  it('calls a connection dropped mid-message transient, outcome unknown, and does not resend it', async () => {
    sink!.drop('flaky@council.example');
    const err = await failure(sender!.send(mail('flaky@council.example')));
    expect(err).toBeInstanceOf(TransientSendError);
    expect((err as TransientSendError).outcomeUnknown).toBe(true);
    expect(sink!.attempts('flaky@council.example')).toBe(1);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(sink!.attempts('flaky@council.example')).toBe(1);
    // the pool still works for everyone else
    await sender!.send(mail('fine@council.example'));
    expect(sink!.to('fine@council.example')).toHaveLength(1);
  });

  it('gives up after maxRequeues when every connection drops, transient', async () => {
    await sender!.close(); // no warm connection: every send needs a new one
    sink!.dropConnections();
    const err = await failure(sender!.send(mail('nobody@council.example')));
    expect(err).toBeInstanceOf(TransientSendError);
    expect(sink!.connectionsOpened).toBe(2); // the first try and one requeue (SMTP_MAX_REQUEUES=1)
    await new Promise((r) => setTimeout(r, 1_000));
    expect(sink!.connectionsOpened).toBe(2);
    sink!.clearRules();
    await sender!.send(mail('back@council.example'));
    expect(sink!.to('back@council.example')).toHaveLength(1);
  });

  it('calls an unreachable server transient with a known outcome, and reopens after close', async () => {
    const closed = new MailSender(
      loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtp://127.0.0.1:1', SMTP_TIMEOUT_MS: '2000' }),
    );
    const err = await failure(closed.send(mail('x@council.example')));
    await closed.close();
    expect(err).toBeInstanceOf(TransientSendError);
    expect((err as TransientSendError).outcomeUnknown).toBe(false);

    await sender!.close();
    await sender!.send(mail('after-close@council.example'));
    expect(sink!.to('after-close@council.example')).toHaveLength(1);
  });
});
