import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { BurstLog } from '../logging/burst-log';
import { readHead } from './mail-headers';

export type CatcherStart = 'started' | 'already_listening' | 'not_needed';

/**
 * Development mail catcher. When no SMTP_URL is configured (`smtp.isDevelopmentCatcher`)
 * and NODE_ENV is not production, the worker calls `start()`: an smtp-server listens on
 * `smtp.url`'s host and port (127.0.0.1:1025 unless MAIL_CATCHER_PORT says otherwise) and
 * stores every message it is handed as a `.eml` file under `mailDir` (MAIL_DIR, default
 * `tmp/mail/`). It logs what it caught without scrolling everything else away: a message
 * after a quiet spell at once ("caught 1 message in tmp/mail", with its recipients and
 * subject), a burst (a broadcast to thousands) as one summary line at most every
 * `summaryEveryMs` ("caught 312 messages in tmp/mail", 57 new, the latest's recipients
 * and subject). Open a `.eml` file with any mail client, or read it as text.
 *
 * If the port is already taken, something is listening there — typically mailpit from
 * docker-compose (web UI on :8025) — and the catcher steps aside instead of failing.
 * Nothing starts it in the api or in tests unless they call `start()` themselves.
 */
@Injectable()
export class DevMailCatcher implements OnModuleDestroy {
  private readonly logger = new Logger(DevMailCatcher.name);
  private server: SMTPServer | null = null;
  private starting: Promise<CatcherStart> | null = null;
  private readonly caughtLog: BurstLog;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.caughtLog = new BurstLog(
      this.logger,
      (n) => `caught ${n} message${n === 1 ? '' : 's'} in ${this.directory}`,
    );
  }

  /** At most one summary line per this many milliseconds (tests shorten it). */
  set summaryEveryMs(ms: number) {
    this.caughtLog.everyMs = ms;
  }

  get directory(): string {
    return this.config.mailDir;
  }

  /** Called once by the worker at start; a second call answers the first's outcome. */
  start(): Promise<CatcherStart> {
    this.starting ??= this.listen();
    return this.starting;
  }

  private async listen(): Promise<CatcherStart> {
    if (!this.config.smtp.isDevelopmentCatcher || this.config.nodeEnv === 'production')
      return 'not_needed';
    const { hostname, port } = new URL(this.config.smtp.url);
    await mkdir(this.directory, { recursive: true });
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      // at shutdown, clients still connected (the worker's own pool) get 421 after 1 s
      closeTimeout: 1_000,
      logger: false,
      size: 25 * 1024 * 1024,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'dev' }),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const recipients = session.envelope.rcptTo.map((r) => r.address);
          this.store(Buffer.concat(chunks), recipients).then(
            (file) => callback(null, `Ok: queued as ${file}`),
            (err: Error) => callback(err),
          );
        });
      },
    });
    // smtp-server re-emits socket errors (a client that resets) on itself: log, never crash
    let listening = false;
    const outcome = await new Promise<CatcherStart>((resolve, reject) => {
      server.on('error', (err: NodeJS.ErrnoException) => {
        if (listening) this.logger.warn({ msg: 'mail catcher error', error: err.message });
        else if (err.code === 'EADDRINUSE') resolve('already_listening');
        else reject(err);
      });
      server.listen(Number(port), hostname, () => {
        listening = true;
        resolve('started');
      });
    });
    if (outcome === 'already_listening') {
      this.logger.log({
        msg: `mail catcher: ${hostname}:${port} is taken; assuming a catcher such as mailpit is already listening there`,
      });
      return outcome;
    }
    this.server = server;
    this.logger.log({
      msg: `mail catcher on ${hostname}:${port}, storing .eml files in ${this.directory}`,
    });
    return outcome;
  }

  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const server = this.server;
    this.server = null;
    this.starting = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    this.caughtLog.flush();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  private async store(raw: Buffer, recipients: string[]): Promise<string> {
    const { headers } = readHead(raw.toString('utf8'));
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const name = `${stamp}-${randomBytes(4).toString('hex')}.eml`;
    const path = join(this.directory, name);
    // written aside, then renamed: a reader never sees half a message
    await writeFile(`${path}.part`, raw);
    await rename(`${path}.part`, path);
    this.caughtLog.note({
      to: recipients.join(', '),
      subject: headers.get('subject') ?? '',
      file: name,
    });
    return name;
  }
}
