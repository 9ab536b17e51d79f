import { createServer, Server } from 'node:http';
import twilio from 'twilio';
import { TwilioDouble } from '../testing/twilio-double';
import { validateTwilioSignature } from './twilio-signature';

describe(validateTwilioSignature.name, () => {
  let double: TwilioDouble | undefined;
  let webhook: Server | undefined;
  let base = '';
  let url = '';
  const received: Array<{ valid: boolean; params: Record<string, string> }> = [];

  beforeAll(async () => {
    double = await TwilioDouble.start();
    const token = double.authToken;
    // a webhook as the api will have it: full URL + form params, 403 on a bad signature
    webhook = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
        const signature = req.headers['x-twilio-signature'];
        const valid = validateTwilioSignature(
          token,
          typeof signature === 'string' ? signature : undefined,
          `${base}${req.url ?? ''}`,
          params,
        );
        received.push({ valid, params });
        res.writeHead(valid ? 200 : 403).end();
      });
    });
    await new Promise<void>((resolve) => webhook!.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(webhook.address() as { port: number }).port}`;
    url = `${base}/webhooks/twilio/status?d=1`;
  });

  afterAll(async () => {
    webhook?.closeAllConnections();
    await new Promise((resolve) => webhook?.close(resolve));
    await double?.stop();
  });

  it('accepts a status callback signed with the account token', async () => {
    double!.messages.push({
      sid: 'SM' + '1'.repeat(32),
      accountSid: double!.accountSid,
      to: '+447700900001',
      from: '+15005550006',
      body: 'hi',
      statusCallback: url,
      status: 'sent',
      dateCreated: new Date(),
      dateSent: new Date(),
    });
    expect(await double!.sendStatusCallback('SM' + '1'.repeat(32), 'delivered')).toBe(200);
    expect(received.at(-1)).toEqual({
      valid: true,
      params: expect.objectContaining({
        MessageStatus: 'delivered',
        MessageSid: 'SM' + '1'.repeat(32),
      }),
    });
  });

  it('rejects a callback signed with another token, or tampered with', async () => {
    expect(
      await double!.sendStatusCallback('SM' + '1'.repeat(32), 'delivered', { authToken: 'wrong' }),
    ).toBe(403);
    const params = { MessageSid: 'SM1', MessageStatus: 'delivered' };
    const signature = twilio.getExpectedTwilioSignature(double!.authToken, url, params);
    expect(validateTwilioSignature(double!.authToken, signature, url, params)).toBe(true);
    expect(
      validateTwilioSignature(double!.authToken, signature, url, {
        ...params,
        MessageStatus: 'failed',
      }),
    ).toBe(false);
    expect(validateTwilioSignature(double!.authToken, signature, url + '&x=1', params)).toBe(false);
    expect(validateTwilioSignature(double!.authToken, undefined, url, params)).toBe(false);
    expect(validateTwilioSignature(double!.authToken, 'garbage', url, params)).toBe(false);
  });

  it('accepts a signed inbound SMS reply', async () => {
    expect(await double!.sendInbound(url, { from: '+447700900001', body: 'YES' })).toBe(200);
    expect(received.at(-1)?.params['Body']).toBe('YES');
  });
});
