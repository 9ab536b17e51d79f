import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, parseReply } from '@cordon/domain';
import {
  APP_CONFIG,
  AppConfig,
  Spine,
  SYSTEM_ACTOR,
  validateTwilioSignature,
} from '@cordon/platform';
import {
  AcknowledgementsService,
  AckTarget,
  AckTargetRow,
  replyActor,
  toAckTarget,
} from './acknowledgements.service';
import { BroadcastEventsService } from './broadcast-events.service';
import { applyHeldStatuses, applySmsStatus, holdSmsStatus } from './sms-status';

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
  private readonly logger = new Logger(TwilioWebhooksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly acks: AcknowledgementsService,
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

  /** A reply of YES/OK acknowledges the sender's latest open request; other replies are logged. */
  async inbound(post: TwilioPost): Promise<string> {
    this.verify(post);
    const from = one(post.params['From']);
    const body = one(post.params['Body']);
    if (parseReply(body) !== 'acknowledge') {
      this.logger.log({
        msg: 'sms reply not understood as an acknowledgement',
        length: body.length,
      });
      return EMPTY_TWIML;
    }
    const target = await this.latestOpenRequest(from);
    if (target) await this.acks.record(target, 'sms_reply', null, replyActor(target.name));
    return EMPTY_TWIML;
  }

  private verify(post: TwilioPost): void {
    const token = this.config.twilio?.authToken;
    const url = `${this.config.publicUrl}${post.path}`;
    if (!token || !validateTwilioSignature(token, post.signature, url, post.params))
      throw new DomainError('invalid_signature', 'X-Twilio-Signature is missing or wrong');
  }

  private async latestOpenRequest(from: string): Promise<AckTarget | null> {
    if (!from) return null;
    const rows: AckTargetRow[] = await this.dataSource.query(
      `SELECT d.id, d.broadcast_id, b.incident_id, d.recipient_id, r.name
       FROM deliveries d
       JOIN broadcasts b ON b.id = d.broadcast_id AND b.require_ack
       JOIN broadcast_recipients r ON r.broadcast_id = d.broadcast_id
                                  AND r.recipient_id = d.recipient_id AND r.acknowledged_at IS NULL
       WHERE d.channel = 'sms' AND d.address = $1 AND d.status IN ('sent', 'delivered')
       ORDER BY d.sent_at DESC NULLS LAST LIMIT 1`,
      [from],
    );
    return rows[0] ? toAckTarget(rows[0]) : null;
  }
}
