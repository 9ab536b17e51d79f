import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { BurstLog } from '../logging/burst-log';
import { PermanentSendError } from './send-errors';
import {
  isE164,
  OutgoingSms,
  RECENT_SKEW_MS,
  RecentSmsQuery,
  SentSms,
  SmsReceipt,
  SmsSender,
} from './sms-sender';

interface RecordedLine {
  sid: string;
  to: string;
  from: string;
  body: string;
  statusCallback: string | null;
  at: string;
}

/**
 * Development stand-in when no Twilio credentials are configured: nothing is sent. Each
 * SMS becomes one JSON line `{sid, to, from, body, statusCallback, at}` in `sms.jsonl`
 * under `smsDir` (SMS_DIR, default `tmp/sms/`), logged like the mail catcher's: one
 * after a quiet spell at once, a burst as one summary line at most every 5 s. It refuses
 * numbers Twilio would refuse (21211), so development meets the same failures.
 */
export class RecordingSmsSender implements SmsSender {
  readonly kind = 'recording' as const;
  static readonly FROM = 'cordon-dev';
  private readonly logger = new Logger(RecordingSmsSender.name);
  readonly file: string;
  private ready: Promise<unknown> | null = null;
  /** At most one summary line per `everyMs` (tests shorten it). */
  readonly recordedLog: BurstLog;

  constructor(private readonly directory: string) {
    this.file = join(directory, 'sms.jsonl');
    this.recordedLog = new BurstLog(
      this.logger,
      (n) => `sms recorded, not sent: ${n} in ${this.file}`,
    );
  }

  async send(sms: OutgoingSms): Promise<SmsReceipt> {
    if (!isE164(sms.to)) throw new PermanentSendError(`invalid number "${sms.to}" (21211)`, 21211);
    this.ready ??= mkdir(this.directory, { recursive: true });
    await this.ready;
    const line: RecordedLine = {
      sid: `SMdev${randomBytes(15).toString('hex')}`,
      to: sms.to,
      from: RecordingSmsSender.FROM,
      body: sms.body,
      statusCallback: sms.statusCallback ?? null,
      at: new Date().toISOString(),
    };
    // one write per line, O_APPEND: concurrent sends never interleave inside a line
    await appendFile(this.file, JSON.stringify(line) + '\n');
    this.recordedLog.note({ to: sms.to, sid: line.sid });
    return { providerId: line.sid, status: 'sent' };
  }

  async findRecent(query: RecentSmsQuery): Promise<SentSms[]> {
    const after = query.since.getTime() - RECENT_SKEW_MS;
    return (await this.lines())
      .filter((l) => l.to === query.to && Date.parse(l.at) >= after)
      .map((l) => ({
        providerId: l.sid,
        to: l.to,
        from: l.from,
        body: l.body,
        status: 'sent',
        createdAt: new Date(l.at),
      }))
      .reverse();
  }

  private async lines(): Promise<RecordedLine[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as RecordedLine);
  }
}
