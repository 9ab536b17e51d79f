import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { AppLogger } from '../logging/app-logger';
import { RecordingSmsSender } from './recording-sms-sender';
import { PermanentSendError } from './send-errors';

describe(RecordingSmsSender.name, () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'cordon-sms-')), 'sms');
  const logs: string[] = [];

  beforeAll(() => Logger.overrideLogger(new AppLogger('test', 'info', (line) => logs.push(line))));
  afterAll(() => {
    Logger.overrideLogger(['log', 'warn', 'error']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('records each SMS as a JSON line, logs it and answers a fake SID', async () => {
    const sender = new RecordingSmsSender(dir);
    const since = new Date();
    const a = await sender.send({ to: '+447700900001', body: 'LAN-3 shuts down at 14:00' });
    const b = await sender.send({
      to: '+447700900002',
      body: 'Reply YES',
      statusCallback: 'http://localhost:3000/api/v1/webhooks/twilio/status',
    });
    expect(a.providerId).toMatch(/^SMdev[0-9a-f]{30}$/);
    expect(a.status).toBe('sent');
    const lines = readFileSync(join(dir, 'sms.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        sid: a.providerId,
        to: '+447700900001',
        body: 'LAN-3 shuts down at 14:00',
      }),
      expect.objectContaining({
        sid: b.providerId,
        to: '+447700900002',
        statusCallback: 'http://localhost:3000/api/v1/webhooks/twilio/status',
      }),
    ]);
    expect(Date.parse(lines[0].at)).toBeGreaterThanOrEqual(since.getTime());
    // the first at once; the second waits for the summary interval
    expect(logs.filter((l) => l.includes('sms recorded'))).toHaveLength(1);
    expect(JSON.parse(logs.find((l) => l.includes(a.providerId))!)).toMatchObject({
      msg: `sms recorded, not sent: 1 in ${join(dir, 'sms.jsonl')}`,
      to: '+447700900001',
    });
    sender.recordedLog.flush();
    expect(JSON.parse(logs.find((l) => l.includes(b.providerId))!)).toMatchObject({
      msg: `sms recorded, not sent: 2 in ${join(dir, 'sms.jsonl')}`,
      new: 1,
      to: '+447700900002',
    });

    const recent = await sender.findRecent({ to: '+447700900001', since });
    expect(recent.map((m) => m.providerId)).toEqual([a.providerId]);
  });

  it('refuses a number Twilio would refuse (21211)', async () => {
    const err = await new RecordingSmsSender(dir)
      .send({ to: 'not-a-number', body: 'x' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(PermanentSendError);
    expect(err.providerCode).toBe(21211);
  });

  it('finds nothing before anything was recorded', async () => {
    const empty = new RecordingSmsSender(join(dir, 'nothing-here'));
    expect(await empty.findRecent({ to: '+447700900001', since: new Date(0) })).toEqual([]);
  });
});
