import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { classifyMailError } from './mail-errors';
import { PermanentSendError } from './send-errors';

export interface OutgoingMail {
  /** One recipient: `a@b.example` or `Name <a@b.example>`. */
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * The Message-ID header (with or without angle brackets). Derive it from the delivery,
   * so a repeat of the same delivery carries the same id and mail systems can drop it.
   */
  messageId: string;
  headers?: Record<string, string>;
  /** Files made from our own data (never read from disk or a URL), e.g. the printable plan. */
  attachments?: { filename: string; content: string; contentType: string }[];
}

export interface MailReceipt {
  /** The server's queue id when its reply names one ("queued as X"), else the Message-ID. */
  providerId: string;
  /** The server's final reply, e.g. `250 2.0.0 Ok: queued as 4F2A1`. */
  response: string;
  messageId: string;
}

type Pool = ReturnType<typeof createTransport>;

/**
 * Email through nodemailer's pooled SMTP transport to `smtp.url` (STACK.md trap 10:
 * always pooled, `maxRequeues` bounded). Throws TransientSendError or PermanentSendError.
 * The pool is made on first use, so a process that never sends opens nothing.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly logger = new Logger(MailSender.name);
  private pool: Pool | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<MailReceipt> {
    const messageId = normalizeMessageId(mail.messageId);
    checkRecipient(mail.to);
    try {
      const info = await this.transport().sendMail({
        from: this.config.smtp.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html === undefined ? {} : { html: mail.html }),
        ...(mail.headers ? { headers: mail.headers } : {}),
        ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
        messageId,
      });
      const response = String(info.response ?? '');
      const queuedAs = /queued as\s+<?([^\s>]+)>?/i.exec(response)?.[1];
      return { providerId: queuedAs ?? messageId, response, messageId };
    } catch (err) {
      throw classifyMailError(err);
    }
  }

  /** Closes the pool's connections; a later send opens a new pool. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    pool?.close();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  private transport(): Pool {
    if (this.pool) return this.pool;
    const { url, maxConnections, maxRequeues, maxMessages, timeoutMs } = this.config.smtp;
    this.pool = createTransport({
      pool: true,
      url,
      maxConnections,
      // a message whose connection closed before it went out is tried on a new one at most
      // this often; one cut off mid-message fails at once (transient, outcome unknown).
      // Either way the queue decides what happens next: no endless resend inside the pool
      maxRequeues,
      // a replaced connection costs a new greeting (smtp-server waits 100 ms before it)
      maxMessages,
      connectionTimeout: Math.min(timeoutMs, 10_000),
      greetingTimeout: Math.min(timeoutMs, 10_000),
      socketTimeout: timeoutMs,
      // messages are built from our templates only: no attachments read from disk or URLs
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    this.pool.on('error', (err: Error) =>
      this.logger.warn({ msg: 'smtp pool error', error: err.message }),
    );
    return this.pool;
  }
}

export function normalizeMessageId(id: string): string {
  const bare = id.trim().replace(/^<|>$/g, '');
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(bare)) {
    throw new PermanentSendError(`invalid Message-ID "${id}"`, 'invalid_message_id');
  }
  return `<${bare}>`;
}

function checkRecipient(to: string): void {
  const parsed = addressparser(to, { flatten: true });
  const address = parsed.length === 1 ? (parsed[0]?.address ?? '') : '';
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
    throw new PermanentSendError(`invalid address "${to}"`, 'invalid_address');
  }
}
