import { Logger } from '@nestjs/common';
import twilio from 'twilio';
import { AppConfig } from '../config/config';
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
import { BaseUrlRequestClient } from './twilio-http-client';
import { classifyTwilioError } from './twilio-errors';

export type TwilioSettings = NonNullable<AppConfig['twilio']>;

/** How many of a recipient's latest messages `findRecent` reads at most. */
const RECENT_SCAN_LIMIT = 200;

/**
 * SMS through the real twilio client, pointed at `twilio.apiBaseUrl` when set. No
 * automatic 429 retry in the client: the queue retries, with its own backoff and rate.
 */
export class TwilioSmsSender implements SmsSender {
  readonly kind = 'twilio' as const;
  private readonly logger = new Logger(TwilioSmsSender.name);
  private readonly http: BaseUrlRequestClient;
  private readonly client: twilio.Twilio;

  constructor(
    private readonly settings: TwilioSettings,
    options: { timeoutMs: number; maxSockets?: number },
  ) {
    this.http = new BaseUrlRequestClient({
      baseUrl: settings.apiBaseUrl,
      timeoutMs: options.timeoutMs,
      ...(options.maxSockets ? { maxSockets: options.maxSockets } : {}),
    });
    this.client = twilio(settings.accountSid, settings.authToken, {
      accountSid: settings.accountSid,
      httpClient: this.http,
      autoRetry: false,
    });
  }

  async send(sms: OutgoingSms): Promise<SmsReceipt> {
    if (!isE164(sms.to)) {
      // Twilio would answer 21211; saying it here saves a request that cannot succeed
      throw new PermanentSendError(`invalid number "${sms.to}" (21211)`, 21211);
    }
    try {
      const message = await this.client.messages.create({
        to: sms.to,
        from: this.settings.from,
        body: sms.body,
        ...(sms.statusCallback ? { statusCallback: sms.statusCallback } : {}),
      });
      return { providerId: message.sid, status: message.status };
    } catch (err) {
      const error = classifyTwilioError(err);
      this.logger.debug({ msg: 'sms failed', to: sms.to, reason: error.reason });
      throw error;
    }
  }

  /**
   * Lists by recipient and sender, not by DateSent: Twilio filters DateSent by whole days,
   * and a message still queued at Twilio has no date_sent yet, so a DateSent filter could
   * hide exactly the message being reconciled. A recipient has few messages; the latest
   * `RECENT_SCAN_LIMIT` are read and filtered on date_created.
   */
  async findRecent(query: RecentSmsQuery): Promise<SentSms[]> {
    const after = query.since.getTime() - RECENT_SKEW_MS;
    try {
      const messages = await this.client.messages.list({
        to: query.to,
        from: this.settings.from,
        pageSize: 50,
        limit: RECENT_SCAN_LIMIT,
      });
      return messages
        .filter((m) => m.dateCreated && m.dateCreated.getTime() >= after)
        .map((m) => ({
          providerId: m.sid,
          to: m.to,
          from: m.from,
          body: m.body,
          status: m.status,
          createdAt: m.dateCreated,
        }))
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    } catch (err) {
      throw classifyTwilioError(err);
    }
  }

  close(): void {
    this.http.destroy();
  }
}
