import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { BroadcastReplyData } from '@cordon/contracts';
import {
  parseReply,
  REPLY_STORED_TEXT_MAX,
  replyEffects,
  ReplyEffects,
  replyNote,
  replyText,
} from '@cordon/domain';
import { SmsConsent } from '@cordon/directory';
import { Spine, SpineTransaction } from '@cordon/platform';
import {
  AcknowledgementsService,
  AckTarget,
  AckTargetRow,
  replyActor,
  returning,
  toAckTarget,
} from '@cordon/broadcasts';

/** An inbound SMS as Twilio posts it (signature checked already). */
export interface InboundSms {
  messageSid: string;
  from: string;
  body: string;
}

// sent_at IS NOT NULL: what ix_deliveries_sms_address holds (every sent SMS has one)
const SMS_TO_NUMBER = `d.channel = 'sms' AND d.address = $1 AND d.sent_at IS NOT NULL
  AND d.status IN ('sent', 'delivered')`;

/**
 * What people text back. Every reply is stored (once per Twilio MessageSid) with how it
 * was read; then, as `replyEffects` says: STOP and Twilio's other opt-out words withdraw
 * the sender's SMS consent, START/UNSTOP (or YES after a STOP) restore it, YES/OK
 * acknowledges their latest open request, and anything else goes on the timeline of the
 * incident of the number's latest SMS as `broadcast.reply_received` for the owner to read.
 */
@Injectable()
export class SmsRepliesService {
  private readonly logger = new Logger(SmsRepliesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly consent: SmsConsent,
    private readonly acks: AcknowledgementsService,
  ) {}

  async receive(sms: InboundSms): Promise<ReplyEffects | null> {
    if (!sms.from) return null;
    const meaning = parseReply(sms.body);
    const latest = await this.latestDelivery(sms.from);
    const effects = await this.spine.run(replyActor(latest?.name ?? sms.from), (tx) =>
      this.record(tx, sms, meaning, latest),
    );
    if (effects.acknowledge) {
      // also when Twilio posted again: the first post may have stopped before this point
      const target = await this.latestOpenRequest(sms.from);
      if (target)
        await this.acks.record(target, 'sms_reply', replyNote(sms.body), replyActor(target.name));
    }
    return effects;
  }

  private async record(
    tx: SpineTransaction,
    sms: InboundSms,
    meaning: ReturnType<typeof parseReply>,
    latest: AckTarget | null,
  ): Promise<ReplyEffects> {
    // one reply of a number at a time, so each reads the consent its predecessor left
    await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('sms-reply:' || $1))`, [
      sms.from,
    ]);
    const effects = replyEffects(meaning, await this.optedOut(tx, sms.from));
    const [reply] = await returning<{ id: string }>(
      tx.manager,
      `INSERT INTO sms_replies (message_sid, from_number, body, meaning, consent_change,
         delivery_id, broadcast_id, incident_id, recipient_id, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())
       ON CONFLICT (message_sid) DO NOTHING RETURNING id`,
      [
        sms.messageSid || `none:${randomUUID()}`,
        sms.from,
        [...sms.body].slice(0, REPLY_STORED_TEXT_MAX).join(''),
        meaning,
        effects.consent,
        latest?.deliveryId ?? null,
        latest?.broadcastId ?? null,
        latest?.incidentId ?? null,
        latest?.recipientId ?? null,
      ],
    );
    if (!reply) return effects; // Twilio posted this one before: it was recorded then
    if (effects.consent)
      await this.consent.setByMobile(
        tx,
        sms.from,
        effects.consent === 'restore',
        `sms_reply:${meaning}`,
      );
    if (effects.showOwner) {
      if (latest) {
        const { text, truncated } = replyText(sms.body);
        const data: BroadcastReplyData = {
          replyId: reply.id,
          broadcastId: latest.broadcastId,
          deliveryId: latest.deliveryId ?? '',
          recipientId: latest.recipientId,
          name: latest.name,
          text,
          truncated,
        };
        tx.appendToIncident(latest.incidentId, 'broadcast.reply_received', { ...data });
      } else {
        this.logger.warn({
          msg: 'sms reply from a number Cordon has not texted',
          replyId: reply.id,
        });
      }
    }
    return effects;
  }

  /** The number's last consent change by reply was a withdrawal. */
  private async optedOut(tx: SpineTransaction, from: string): Promise<boolean> {
    const rows: { consent_change: string }[] = await tx.manager.query(
      `SELECT consent_change FROM sms_replies
       WHERE from_number = $1 AND consent_change IS NOT NULL
       ORDER BY received_at DESC, id DESC LIMIT 1`,
      [from],
    );
    return rows[0]?.consent_change === 'withdraw';
  }

  /** The number's latest SMS delivery: the broadcast, incident and person a reply answers. */
  private latestDelivery(from: string): Promise<AckTarget | null> {
    return this.target(from, '');
  }

  /** The latest delivery to the number whose broadcast asks for an acknowledgement not yet given. */
  private latestOpenRequest(from: string): Promise<AckTarget | null> {
    return this.target(from, 'AND b.require_ack AND r.acknowledged_at IS NULL');
  }

  private async target(from: string, open: string): Promise<AckTarget | null> {
    const rows: AckTargetRow[] = await this.dataSource.query(
      `SELECT d.id, d.broadcast_id, b.incident_id, d.recipient_id, r.name
       FROM deliveries d
       JOIN broadcasts b ON b.id = d.broadcast_id
       JOIN broadcast_recipients r ON r.broadcast_id = d.broadcast_id
                                  AND r.recipient_id = d.recipient_id
       WHERE ${SMS_TO_NUMBER} ${open}
       ORDER BY d.sent_at DESC NULLS LAST LIMIT 1`,
      [from],
    );
    return rows[0] ? toAckTarget(rows[0]) : null;
  }
}
