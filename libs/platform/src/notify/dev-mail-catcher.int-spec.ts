import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/config';
import { JsonLogger } from '../logging/json-logger';
import { freePort } from '../testing/throwaway-redis';
import { DevMailCatcher } from './dev-mail-catcher';
import { MailSender } from './mail-sender';

describe(DevMailCatcher.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cordon-mail-'));
  const logs: string[] = [];
  let catcher: DevMailCatcher | undefined;
  let sender: MailSender | undefined;
  let blocker: Server | undefined;

  beforeAll(() => Logger.overrideLogger(new JsonLogger('test', 'info', (line) => logs.push(line))));
  afterAll(async () => {
    await sender?.close();
    await catcher?.stop();
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    Logger.overrideLogger(['log', 'warn', 'error']);
    rmSync(dir, { recursive: true, force: true });
  });

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
    const caught = logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'mail caught');
    expect(caught).toEqual([
      expect.objectContaining({ to: 'ann@council.example', subject: 'INC-7: update' }),
    ]);

    // the worker's pool is still connected: stopping must not wait for it
    const stopping = Date.now();
    await catcher.stop();
    expect(Date.now() - stopping).toBeLessThan(3_000);
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
