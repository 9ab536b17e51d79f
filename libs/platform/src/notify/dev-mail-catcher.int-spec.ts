import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/config';
import { AppLogger } from '../logging/app-logger';
import { freePort } from '../testing/throwaway-redis';
import { DevMailCatcher } from './dev-mail-catcher';
import { MailSender } from './mail-sender';

describe(DevMailCatcher.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cordon-mail-'));
  const logs: string[] = [];
  let catcher: DevMailCatcher | undefined;
  let sender: MailSender | undefined;
  let blocker: Server | undefined;

  beforeAll(() => Logger.overrideLogger(new AppLogger('test', 'info', (line) => logs.push(line))));
  afterAll(async () => {
    await sender?.close();
    await catcher?.stop();
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    Logger.overrideLogger(['log', 'warn', 'error']);
    rmSync(dir, { recursive: true, force: true });
  });

  const caughtLines = () =>
    logs.map((l) => JSON.parse(l)).filter((l) => /^caught \d+ messages? in /.test(l.msg));

  it('stores a mail sent without SMTP_URL as an .eml file and logs one line', async () => {
    const port = await freePort();
    const config = loadConfig({
      NODE_ENV: 'development',
      MAIL_CATCHER_PORT: String(port),
      MAIL_DIR: join(dir, 'mail'),
    });
    expect(config.smtp).toMatchObject({
      isDevelopmentCatcher: true,
      url: `smtp://127.0.0.1:${port}`,
    });
    catcher = new DevMailCatcher(config);
    expect(await catcher.start()).toBe('started');
    expect(await catcher.start()).toBe('started'); // a second call changes nothing

    sender = new MailSender(config);
    const receipt = await sender.send({
      to: 'Ann Staff <ann@council.example>',
      subject: 'INC-7: update',
      text: 'The network is back.',
      messageId: 'dev-1@cordon.test',
    });
    const files = readdirSync(join(dir, 'mail'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    expect(receipt.providerId).toBe(files[0]);
    const eml = readFileSync(join(dir, 'mail', files[0]!), 'utf8');
    expect(eml).toContain('Message-ID: <dev-1@cordon.test>');
    expect(eml).toContain('Subject: INC-7: update');
    expect(eml).toContain('The network is back.');
    // after a quiet spell, at once, naming the message
    expect(caughtLines()).toEqual([
      expect.objectContaining({
        msg: `caught 1 message in ${join(dir, 'mail')}`,
        to: 'ann@council.example',
        subject: 'INC-7: update',
        file: files[0],
      }),
    ]);

    // the worker's pool is still connected: stopping must not wait for it
    const stopping = Date.now();
    await catcher.stop();
    expect(Date.now() - stopping).toBeLessThan(3_000);
  });

  it('logs a burst as a summary line at most every interval, not a line per message', async () => {
    const port = await freePort();
    const config = loadConfig({
      NODE_ENV: 'development',
      MAIL_CATCHER_PORT: String(port),
      MAIL_DIR: join(dir, 'burst'),
    });
    const burst = new DevMailCatcher(config);
    burst.summaryEveryMs = 60_000;
    expect(await burst.start()).toBe('started');
    const burstSender = new MailSender(config);
    logs.length = 0;
    try {
      for (let i = 1; i <= 25; i++) {
        await burstSender.send({
          to: `staff${i}@council.example`,
          subject: `INC-7: notice ${i}`,
          text: 'Your LAN closes at 14:00.',
          messageId: `burst-${i}@cordon.test`,
        });
      }
      expect(readdirSync(join(dir, 'burst'))).toHaveLength(25);
      // the first at once; the other 24 wait for the interval
      expect(caughtLines()).toEqual([expect.objectContaining({ new: 1, total: 1 })]);
    } finally {
      await burstSender.close();
      await burst.stop(); // reports what is pending
    }
    expect(caughtLines()).toEqual([
      expect.objectContaining({ new: 1, total: 1, subject: 'INC-7: notice 1' }),
      expect.objectContaining({
        msg: `caught 25 messages in ${join(dir, 'burst')}`,
        new: 24,
        total: 25,
        to: 'staff25@council.example',
        subject: 'INC-7: notice 25',
      }),
    ]);
  });

  it('reports what the interval held when it is up, without waiting for a stop', async () => {
    const port = await freePort();
    const config = loadConfig({
      NODE_ENV: 'development',
      MAIL_CATCHER_PORT: String(port),
      MAIL_DIR: join(dir, 'timed'),
    });
    const timed = new DevMailCatcher(config);
    timed.summaryEveryMs = 300;
    expect(await timed.start()).toBe('started');
    const timedSender = new MailSender(config);
    logs.length = 0;
    try {
      for (const i of [1, 2, 3]) {
        await timedSender.send({
          to: `t${i}@council.example`,
          subject: `s${i}`,
          text: 'x',
          messageId: `timed-${i}@cordon.test`,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(caughtLines()).toEqual([
        expect.objectContaining({ new: 1, total: 1 }),
        expect.objectContaining({ new: 2, total: 3, subject: 's3' }),
      ]);
    } finally {
      await timedSender.close();
      await timed.stop();
    }
  });

  it('steps aside when the port is taken (mailpit already there)', async () => {
    const port = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(port, '127.0.0.1', resolve));
    const other = new DevMailCatcher(
      loadConfig({ NODE_ENV: 'development', MAIL_CATCHER_PORT: String(port), MAIL_DIR: dir }),
    );
    expect(await other.start()).toBe('already_listening');
    await other.stop();
  });

  it('does nothing when SMTP_URL is configured', async () => {
    const configured = new DevMailCatcher(
      loadConfig({ NODE_ENV: 'development', SMTP_URL: 'smtp://mail.council.example:25' }),
    );
    expect(await configured.start()).toBe('not_needed');
  });
});
