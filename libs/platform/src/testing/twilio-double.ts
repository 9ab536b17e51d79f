import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import {
  defaultMessage,
  DoubleMessage,
  errorJson,
  listJson,
  messageJson,
  newSid,
  readBody,
} from './twilio-double-api';

export interface TwilioFault {
  /** HTTP status: 429, 500, 503, 400 … */
  status: number;
  /** Twilio error code (21211 invalid number, 20429 too many requests …). */
  code?: number;
  message?: string;
}

export interface CreateAttempt {
  to: string;
  body: string;
  /** What the double answered. */
  status: number;
  at: Date;
}

type Matcher = string | ((to: string) => boolean);

/**
 * A local stand-in for the part of Twilio's Messages API the twilio client uses: create
 * (`POST /2010-04-01/Accounts/{sid}/Messages.json`), list (`GET …/Messages.json?To=&From=
 * &DateSent>=&PageSize=&Page=`) and fetch, behind basic auth with the account SID and
 * token. Point the client at it with TWILIO_API_BASE_URL = `double.url`.
 *
 * Created messages answer `queued` and turn `sent` (with date_sent) right after, unless
 * `holdQueued` is set — as at Twilio, a queued message has no date_sent yet. Faults:
 * `failNext` (the next creates answer an error and create nothing), `failFor` (every
 * create to a number), `delayNext` (create the message, then answer late: the ambiguous
 * timeout), `latencyMs` (every answer), `optOut` (a number that texted STOP: creates to it
 * answer 400 with error 21610, as Twilio does, until `optIn`). It posts signed status
 * callbacks and inbound SMS.
 */
export class TwilioDouble {
  readonly messages: DoubleMessage[] = [];
  readonly attempts: CreateAttempt[] = [];
  /** Every answer is delayed this long (latency of a real provider). */
  latencyMs = 0;
  holdQueued = false;
  private readonly nextFaults: TwilioFault[] = [];
  private readonly numberFaults: Array<{ match: Matcher; fault: TwilioFault }> = [];
  private readonly nextDelays: number[] = [];
  private readonly optedOut = new Set<string>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly accountSid: string,
    readonly authToken: string,
  ) {}

  static async start(
    options: { accountSid?: string; authToken?: string } = {},
  ): Promise<TwilioDouble> {
    const accountSid = options.accountSid ?? newSid('AC');
    const authToken = options.authToken ?? randomBytes(16).toString('hex');
    let double: TwilioDouble | null = null;
    const server = createServer((req, res) => {
      (double as TwilioDouble).handle(req, res).catch((err: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify(errorJson(500, 20500, err.message)));
      });
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as { port: number }).port;
    double = new TwilioDouble(server, port, accountSid, authToken);
    return double;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  failNext(count: number, fault: TwilioFault): void {
    for (let i = 0; i < count; i++) this.nextFaults.push(fault);
  }

  failFor(match: Matcher, fault: TwilioFault): void {
    this.numberFaults.push({ match, fault });
  }

  /** The number texted STOP: Twilio refuses messages to it with 21610 until it texts START. */
  optOut(number: string): void {
    this.optedOut.add(number);
  }

  optIn(number: string): void {
    this.optedOut.delete(number);
  }

  /** The next `count` creates record the message, then wait `ms` before answering. */
  delayNext(count: number, ms: number): void {
    for (let i = 0; i < count; i++) this.nextDelays.push(ms);
  }

  to(number: string): DoubleMessage[] {
    return this.messages.filter((m) => m.to === number);
  }

  async waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > deadline)
        throw new Error(
          `TwilioDouble: ${this.messages.length} of ${count} messages after ${timeoutMs} ms`,
        );
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Posts a status callback for a message, signed as Twilio signs it; answers the HTTP status. */
  async sendStatusCallback(
    sid: string,
    status: string,
    options: { url?: string; authToken?: string; errorCode?: number } = {},
  ): Promise<number> {
    const message = this.messages.find((m) => m.sid === sid);
    const url = options.url ?? message?.statusCallback;
    if (!message || !url) throw new Error(`TwilioDouble: no message ${sid} with a status callback`);
    message.status = status;
    const params: Record<string, string> = {
      AccountSid: this.accountSid,
      ApiVersion: '2010-04-01',
      From: message.from,
      MessageSid: sid,
      MessageStatus: status,
      SmsSid: sid,
      SmsStatus: status,
      To: message.to,
    };
    if (options.errorCode) params['ErrorCode'] = String(options.errorCode);
    return (await this.postSigned(url, params, options.authToken)).status;
  }

  /** Posts an inbound SMS (a reply) to a webhook URL, signed. */
  async sendInbound(
    url: string,
    sms: { from: string; body: string; to?: string },
  ): Promise<number> {
    const sid = newSid('SM');
    const params = {
      AccountSid: this.accountSid,
      ApiVersion: '2010-04-01',
      Body: sms.body,
      From: sms.from,
      MessageSid: sid,
      NumMedia: '0',
      NumSegments: '1',
      SmsMessageSid: sid,
      SmsSid: sid,
      SmsStatus: 'received',
      To: sms.to ?? '+15005550006',
    };
    return (await this.postSigned(url, params)).status;
  }

  /** A form POST with `X-Twilio-Signature` computed by twilio's own helper (another token to sign wrongly). */
  async postSigned(
    url: string,
    params: Record<string, string>,
    authToken = this.authToken,
  ): Promise<{ status: number; body: string }> {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    return { status: res.status, body: await res.text() };
  }

  reset(): void {
    this.messages.length = 0;
    this.attempts.length = 0;
    this.nextFaults.length = 0;
    this.numberFaults.length = 0;
    this.nextDelays.length = 0;
    this.optedOut.clear();
    this.latencyMs = 0;
    this.holdQueued = false;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await readBody(req);
    const send = async (status: number, json: unknown, delayMs = this.latencyMs) => {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    const path = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages(?:\/([^/]+))?\.json$/.exec(
      url.pathname,
    );
    if (!path) return send(404, errorJson(404, 20404, 'The requested resource was not found'));
    if (!this.authorized(req, path[1] ?? ''))
      return send(401, errorJson(401, 20003, 'Authenticate'));
    const sid = path[2];
    if (req.method === 'GET' && sid) {
      const message = this.messages.find((m) => m.sid === sid);
      return message
        ? send(200, messageJson(message))
        : send(404, errorJson(404, 20404, `Message ${sid} not found`));
    }
    if (req.method === 'GET')
      return send(200, listJson(this.accountSid, this.messages, url.searchParams));
    if (req.method !== 'POST' || sid) return send(405, errorJson(405, 20004, 'Method not allowed'));
    return this.create(new URLSearchParams(body), send);
  }

  private async create(
    form: URLSearchParams,
    send: (status: number, json: unknown, delayMs?: number) => Promise<void>,
  ) {
    const to = form.get('To') ?? '';
    const text = form.get('Body') ?? '';
    const attempt = (status: number) =>
      this.attempts.push({ to, body: text, status, at: new Date() });
    const fault =
      this.nextFaults.shift() ??
      this.numberFaults.find((f) => (typeof f.match === 'string' ? f.match === to : f.match(to)))
        ?.fault;
    if (fault) {
      attempt(fault.status);
      const code =
        fault.code ?? (fault.status === 429 ? 20429 : fault.status >= 500 ? 20500 : 21211);
      return send(
        fault.status,
        errorJson(fault.status, code, fault.message ?? defaultMessage(code, to)),
      );
    }
    if (!/^\+[1-9]\d{6,14}$/.test(to)) {
      attempt(400);
      return send(400, errorJson(400, 21211, defaultMessage(21211, to)));
    }
    if (this.optedOut.has(to)) {
      attempt(400);
      return send(400, errorJson(400, 21610, defaultMessage(21610, to)));
    }
    if (!form.get('From') || !text) {
      attempt(400);
      return send(400, errorJson(400, 21602, 'Message body is required.'));
    }
    const message: DoubleMessage = {
      sid: newSid('SM'),
      accountSid: this.accountSid,
      to,
      from: form.get('From') ?? '',
      body: text,
      statusCallback: form.get('StatusCallback'),
      status: 'queued',
      dateCreated: new Date(),
      dateSent: null,
    };
    this.messages.push(message);
    attempt(201);
    const answer = messageJson(message);
    if (!this.holdQueued) {
      message.status = 'sent';
      message.dateSent = new Date();
    }
    return send(201, answer, this.latencyMs + (this.nextDelays.shift() ?? 0));
  }

  private authorized(req: IncomingMessage, pathSid: string): boolean {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Basic ')) return false;
    const [user, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    return (
      user === this.accountSid && rest.join(':') === this.authToken && pathSid === this.accountSid
    );
  }
}
