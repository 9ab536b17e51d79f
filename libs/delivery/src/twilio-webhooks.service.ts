import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@cordon/domain';
import {
  APP_CONFIG,
  AppConfig,
  Spine,
  SYSTEM_ACTOR,
  validateTwilioSignature,
} from '@cordon/platform';
import { BroadcastEventsService } from '@cordon/broadcasts';
import { SmsRepliesService } from './sms-replies.service';
import { applyHeldStatuses, applySmsStatus, holdSmsStatus } from './sms-status.repository';

/** A Twilio webhook as the controller hands it over. */
export interface TwilioPost {
  signature: string | undefined;
  /** Path and query as received (`/api/v1/webhooks/twilio/status?…`). */
  path: string;
  params: Record<string, string | string[]>;
}

export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

const one = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * Twilio's posts: delivery status callbacks and inbound SMS. Each is checked against
 * `X-Twilio-Signature` with twilio's own validator for PUBLIC_URL + the path it was
 * posted to; anything unsigned or signed wrongly is 403 `invalid_signature`.
 */
@Injectable()
export class TwilioWebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly replies: SmsRepliesService,
    private readonly events: BroadcastEventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Applies a delivery status; one that beats the recording of its send is held until then. */
  async status(post: TwilioPost): Promise<void> {
    this.verify(post);
    const sid = one(post.params['MessageSid']) || one(post.params['SmsSid']);
    const status = one(post.params['MessageStatus']) || one(post.params['SmsStatus']);
    if (!sid || !status) return;
    const errorCode = one(post.params['ErrorCode']) || null;
    let applied = await this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const result = await applySmsStatus(tx.manager, sid, status, errorCode);
      if (!result) await holdSmsStatus(tx.manager, sid, status, errorCode);
      return result;
    });
    // held: the send may have been recorded meanwhile, and its check missed our row
    applied ??= await applyHeldStatuses(this.dataSource, sid);
    if (applied?.changed) await this.events.report(applied.broadcastId);
  }

  /**
   * An SMS sent to Cordon's number: stored, then read (`SmsRepliesService`): YES/OK
   * acknowledges, STOP withdraws SMS consent and START restores it, anything else goes
   * on the incident's timeline. Twilio answers opt-out words itself; we answer nothing.
   */
  async inbound(post: TwilioPost): Promise<string> {
    this.verify(post);
    await this.replies.receive({
      messageSid: one(post.params['MessageSid']) || one(post.params['SmsSid']),
      from: one(post.params['From']),
      body: one(post.params['Body']),
    });
    return EMPTY_TWIML;
  }

  private verify(post: TwilioPost): void {
    const token = this.config.twilio?.authToken;
    const url = `${this.config.publicUrl}${post.path}`;
    if (!token || !validateTwilioSignature(token, post.signature, url, post.params))
      throw new DomainError('invalid_signature', 'X-Twilio-Signature is missing or wrong');
  }
}
