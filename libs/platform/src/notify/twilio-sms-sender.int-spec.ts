import { Logger } from '@nestjs/common';
import twilio from 'twilio';
import { AppConfig, loadConfig } from '../config/config';
import { TwilioDouble } from '../testing/twilio-double';
import { PermanentSendError, SendError, TransientSendError } from './send-errors';
import { BaseUrlRequestClient } from './twilio-http-client';
import { TwilioSmsSender } from './twilio-sms-sender';

async function failure(work: Promise<unknown>): Promise<SendError> {
  try {
    await work;
  } catch (err) {
    if (err instanceof SendError) return err;
    throw err;
  }
  throw new Error('expected the send to fail');
}

describe(TwilioSmsSender.name, () => {
  let double: TwilioDouble | undefined;
  let sender: TwilioSmsSender | undefined;
  let config: AppConfig;
  const FROM = '+15005550006';

  const configFor = (d: TwilioDouble, token = d.authToken) =>
    loadConfig({
      NODE_ENV: 'test',
      TWILIO_ACCOUNT_SID: d.accountSid,
      TWILIO_AUTH_TOKEN: token,
      TWILIO_FROM: FROM,
      TWILIO_API_BASE_URL: d.url,
      TWILIO_TIMEOUT_MS: '1000',
    });

  beforeAll(async () => {
    Logger.overrideLogger(false);
    double = await TwilioDouble.start();
    config = configFor(double);
    sender = new TwilioSmsSender(config.twilio!, { timeoutMs: config.sms.timeoutMs });
  });

  afterEach(() => double?.reset());

  afterAll(async () => {
    sender?.close();
    await double?.stop();
    Logger.overrideLogger(['log', 'warn', 'error']);
  });

  it('sends through TWILIO_API_BASE_URL with To, From, Body and StatusCallback', async () => {
    const receipt = await sender!.send({
      to: '+447700900001',
      body: 'INC-7: LAN-3 shuts down at 14:00.',
      statusCallback: 'https://cordon.example/api/v1/webhooks/twilio/status',
    });
    expect(double!.messages).toHaveLength(1);
    const [got] = double!.messages;
    expect(got).toMatchObject({
      to: '+447700900001',
      from: FROM,
      body: 'INC-7: LAN-3 shuts down at 14:00.',
      statusCallback: 'https://cordon.example/api/v1/webhooks/twilio/status',
    });
    expect(receipt).toEqual({ providerId: got!.sid, status: 'queued' });
    expect(receipt.providerId).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it('reaches the base URL even when TWILIO_REGION and TWILIO_EDGE are set', async () => {
    process.env['TWILIO_REGION'] = 'ie1';
    process.env['TWILIO_EDGE'] = 'dublin';
    const regional = new TwilioSmsSender(config.twilio!, { timeoutMs: 1000 });
    try {
      await regional.send({ to: '+447700900002', body: 'regional' });
    } finally {
      delete process.env['TWILIO_REGION'];
      delete process.env['TWILIO_EDGE'];
      regional.close();
    }
    expect(double!.to('+447700900002')).toHaveLength(1);
  });

  it('rewrites protocol, host and port and keeps a path prefix of the base URL', () => {
    const client = new BaseUrlRequestClient({
      baseUrl: 'http://proxy.local:8080/twilio/',
      timeoutMs: 1000,
    });
    expect(
      client.rewrite(
        'https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC1/Messages.json?To=%2B44',
      ),
    ).toBe('http://proxy.local:8080/twilio/2010-04-01/Accounts/AC1/Messages.json?To=%2B44');
    client.destroy();
  });

  it('calls 429 transient with a known outcome', async () => {
    double!.failNext(1, { status: 429 });
    const err = await failure(sender!.send({ to: '+447700900003', body: 'x' }));
    expect(err).toBeInstanceOf(TransientSendError);
    expect((err as TransientSendError).outcomeUnknown).toBe(false);
    expect(err.providerCode).toBe(20429);
    expect(double!.messages).toHaveLength(0);
  });

  it('calls 5xx transient with an unknown outcome', async () => {
    double!.failNext(1, { status: 503, code: 20503, message: 'Service unavailable' });
    const err = await failure(sender!.send({ to: '+447700900004', body: 'x' }));
    expect(err).toBeInstanceOf(TransientSendError);
    expect((err as TransientSendError).outcomeUnknown).toBe(true);
    expect(err.reason).toBe('twilio 503 (20503): Service unavailable');
  });

  it('calls a number that texted STOP (21610) permanent, saying so, until it texts START', async () => {
    double!.optOut('+447700900021');
    const err = await failure(sender!.send({ to: '+447700900021', body: 'x' }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.providerCode).toBe(21610);
    expect(err.reason).toMatch(
      /^twilio 400 \(21610\): the recipient has opted out of SMS from this number \(replied STOP\)/,
    );
    expect(double!.attempts).toEqual([
      expect.objectContaining({ to: '+447700900021', status: 400 }),
    ]);
    expect(double!.messages).toHaveLength(0);
    double!.optIn('+447700900021');
    await sender!.send({ to: '+447700900021', body: 'x' });
    expect(double!.to('+447700900021')).toHaveLength(1);
  });

  it("calls invalid number 21211 permanent with Twilio's code and message", async () => {
    double!.failFor('+15005550001', { status: 400, code: 21211 });
    const err = await failure(sender!.send({ to: '+15005550001', body: 'x' }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.providerCode).toBe(21211);
    expect(err.reason).toBe(
      "twilio 400 (21211): The 'To' number +15005550001 is not a valid phone number.",
    );
  });

  it('refuses a number that is not E.164 without a request', async () => {
    const err = await failure(sender!.send({ to: '07700 900123', body: 'x' }));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.providerCode).toBe(21211);
    expect(double!.attempts).toHaveLength(0);
  });

  it('calls wrong credentials permanent (20003)', async () => {
    const wrong = configFor(double!, 'not-the-token');
    const bad = new TwilioSmsSender(wrong.twilio!, { timeoutMs: 1000 });
    const err = await failure(bad.send({ to: '+447700900005', body: 'x' }));
    bad.close();
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.providerCode).toBe(20003);
  });

  it('finds a message whose answer timed out, so the resend can be skipped', async () => {
    const since = new Date();
    double!.delayNext(1, 2_000);
    const err = await failure(sender!.send({ to: '+447700900006', body: 'ambiguous' }));
    expect(err).toBeInstanceOf(TransientSendError);
    expect((err as TransientSendError).outcomeUnknown).toBe(true);
    const recent = await sender!.findRecent({ to: '+447700900006', since });
    expect(recent).toHaveLength(1);
    expect(recent[0]).toMatchObject({
      providerId: double!.messages[0]!.sid,
      body: 'ambiguous',
      from: FROM,
    });
  });

  it('finds a message still queued (no date_sent yet), and only that recipient’s recent ones', async () => {
    double!.holdQueued = true;
    await sender!.send({ to: '+447700900007', body: 'queued one' });
    await sender!.send({ to: '+447700900008', body: 'someone else' });
    // one sent to the same recipient an hour ago
    double!.messages.push({
      ...double!.messages[0]!,
      sid: 'SM' + 'a'.repeat(32),
      body: 'old',
      dateCreated: new Date(Date.now() - 3600_000),
    });
    const recent = await sender!.findRecent({
      to: '+447700900007',
      since: new Date(Date.now() - 1000),
    });
    expect(recent.map((m) => m.body)).toEqual(['queued one']);
    expect(recent[0]!.status).toBe('queued');
  });

  it('reads past the first page of a recipient with many messages', async () => {
    const since = new Date();
    for (let i = 0; i < 60; i++) await sender!.send({ to: '+447700900009', body: `n${i}` });
    const recent = await sender!.findRecent({ to: '+447700900009', since });
    expect(recent).toHaveLength(60);
    expect(new Set(recent.map((m) => m.body)).size).toBe(60);
  });

  it("lists with the client's DateSent filter as Twilio does (by day, sent messages only)", async () => {
    const client = twilio(double!.accountSid, double!.authToken, {
      httpClient: new BaseUrlRequestClient({ baseUrl: double!.url, timeoutMs: 1000 }),
    });
    await sender!.send({ to: '+447700900010', body: 'sent' });
    double!.holdQueued = true;
    await sender!.send({ to: '+447700900010', body: 'still queued' });
    const today = await client.messages.list({ to: '+447700900010', dateSentAfter: new Date() });
    const tomorrow = await client.messages.list({
      to: '+447700900010',
      dateSentAfter: new Date(Date.now() + 86_400_000),
    });
    expect(today.map((m) => m.body)).toEqual(['sent']);
    expect(tomorrow).toHaveLength(0);
    (client.httpClient as BaseUrlRequestClient).destroy();
  });
});
