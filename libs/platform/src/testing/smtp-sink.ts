import { SMTPServer, SMTPServerSession } from 'smtp-server';
import { decodeQuotedPrintable, readHead } from '../notify/mail-headers';
import { freePort } from './throwaway-redis';

export interface SinkMessage {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  subject: string;
  /** As in the header, with angle brackets. */
  messageId: string;
  /** The text/plain part, decoded, when there is one. */
  text: string;
  headers: Map<string, string>;
  raw: string;
  /** The id the sink answered with ("queued as …"). */
  queueId: string;
  receivedAt: Date;
}

type Matcher = string | RegExp | ((recipient: string) => boolean);
type Rule =
  | { match: Matcher; action: 'reject'; code: number; message: string; at: 'rcpt' | 'data' }
  | { match: Matcher; action: 'drop' };

/**
 * A real smtp-server on a spare loopback port for tests and benches: collects every
 * message, and on request rejects (4xx/5xx, at RCPT or after DATA) or drops the
 * connection mid-message for chosen recipients. `attempts(recipient)` counts every
 * delivery attempt, accepted or not.
 */
export class SmtpSink {
  readonly messages: SinkMessage[] = [];
  /** SMTP connections opened to the sink so far. */
  connectionsOpened = 0;
  private readonly rules: Rule[] = [];
  private readonly attemptCounts = new Map<string, number>();
  private counter = 0;
  private connectionsToDrop = 0;
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(options: { maxClients?: number } = {}): Promise<SmtpSink> {
    const port = await freePort();
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      closeTimeout: 500,
      logger: false,
      maxClients: options.maxClients ?? 1000,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'sink' }),
      onConnect: (session, callback) => {
        const s = sink as SmtpSink;
        s.connectionsOpened++;
        if (s.connectionsToDrop > 0) {
          s.connectionsToDrop--;
          s.socketOf(session.id)?.destroy(); // closed before the greeting
          return;
        }
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        const s = sink as SmtpSink;
        s.attemptCounts.set(address.address, s.attempts(address.address) + 1);
        const rule = s.ruleFor(address.address);
        if (rule?.action === 'reject' && rule.at === 'rcpt')
          return callback(smtpError(rule.code, rule.message));
        callback();
      },
      onData: (stream, session, callback) => (sink as SmtpSink).receive(stream, session, callback),
    });
    server.on('error', () => undefined); // a client resetting its socket is not a test failure
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    sink = new SmtpSink(server, port);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuse mail for matching recipients with this SMTP reply code (4xx or 5xx). */
  reject(
    match: Matcher,
    code: number,
    message = 'Rejected by the test sink',
    at: 'rcpt' | 'data' = 'rcpt',
  ): void {
    this.rules.push({ match, action: 'reject', code, message, at });
  }

  /**
   * Cut the connection after receiving the message for matching recipients, before
   * answering: the client cannot know whether it was delivered.
   */
  drop(match: Matcher): void {
    this.rules.push({ match, action: 'drop' });
  }

  /** Close the next `count` connections before the greeting (a server that keeps dropping). */
  dropConnections(count = Number.POSITIVE_INFINITY): void {
    this.connectionsToDrop = count;
  }

  clearRules(): void {
    this.rules.length = 0;
    this.connectionsToDrop = 0;
  }

  attempts(recipient: string): number {
    return this.attemptCounts.get(recipient) ?? 0;
  }

  to(recipient: string): SinkMessage[] {
    return this.messages.filter((m) => m.to.includes(recipient));
  }

  /** Resolves once `count` messages have been accepted in all. */
  async waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > deadline)
        throw new Error(
          `SmtpSink: ${this.messages.length} of ${count} messages after ${timeoutMs} ms`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  reset(): void {
    this.messages.length = 0;
    this.attemptCounts.clear();
    this.clearRules();
    this.connectionsOpened = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private socketOf(sessionId: string): { destroy(): void } | undefined {
    return [...this.server.connections].find((c) => c.id === sessionId)?._socket;
  }

  private ruleFor(recipient: string): Rule | undefined {
    return this.rules.find((r) =>
      typeof r.match === 'string'
        ? r.match === recipient
        : r.match instanceof RegExp
          ? r.match.test(recipient)
          : r.match(recipient),
    );
  }

  private receive(
    stream: NodeJS.ReadableStream,
    session: SMTPServerSession,
    callback: (err?: Error | null, message?: string) => void,
  ): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const rule = to
        .map((r) => this.ruleFor(r))
        .find((r) => r && (r.action === 'drop' || r.at === 'data'));
      if (rule?.action === 'drop') {
        this.socketOf(session.id)?.destroy();
        return;
      }
      if (rule?.action === 'reject') return callback(smtpError(rule.code, rule.message));
      const raw = Buffer.concat(chunks).toString('utf8');
      const { headers, bodyStart } = readHead(raw);
      const queueId = `sink${++this.counter}`;
      this.messages.push({
        to,
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        subject: headers.get('subject') ?? '',
        messageId: headers.get('message-id') ?? '',
        text: textPart(raw, headers, bodyStart),
        headers,
        raw,
        queueId,
        receivedAt: new Date(),
      });
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
      callback(null, `Ok: queued as ${queueId}`);
    });
  }
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** The text/plain body: the whole body of a single-part message, or the first text/plain part. */
function textPart(raw: string, headers: Map<string, string>, bodyStart: number): string {
  const type = headers.get('content-type') ?? 'text/plain';
  const body = raw.slice(bodyStart);
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return decode(body, headers);
  for (const part of body.split(`--${boundary}`)) {
    const head = readHead(part.replace(/^\r?\n/, ''));
    const partType = head.headers.get('content-type') ?? '';
    if (/^multipart\//i.test(partType))
      return textPart(part.replace(/^\r?\n/, ''), head.headers, head.bodyStart);
    if (/^text\/plain/i.test(partType))
      return decode(part.replace(/^\r?\n/, '').slice(head.bodyStart), head.headers);
  }
  return '';
}

function decode(body: string, headers: Map<string, string>): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body).replace(/\r?\n$/, '');
  return body.replace(/\r?\n$/, '');
}
