import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
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
import { AcknowledgementsService, AckTarget, replyActor } from '@cordon/broadcasts';
import { SmsRepliesRepository } from './sms-replies.repository';

/** An inbound SMS as Twilio posts it (signature checked already). */
export interface InboundSms {
  messageSid: string;
  from: string;
  body: string;
}

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
    private readonly replies: SmsRepliesRepository,
    private readonly spine: Spine,
    private readonly consent: SmsConsent,
    private readonly acks: AcknowledgementsService,
  ) {}

  async receive(sms: InboundSms): Promise<ReplyEffects | null> {
    if (!sms.from) return null;
    const meaning = parseReply(sms.body);
    const latest = await this.replies.latestDelivery(sms.from);
    const effects = await this.spine.run(replyActor(latest?.name ?? sms.from), (tx) =>
      this.record(tx, sms, meaning, latest),
    );
    if (effects.acknowledge) {
      // also when Twilio posted again: the first post may have stopped before this point
      const target = await this.replies.latestOpenRequest(sms.from);
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
    await this.replies.lockNumber(tx.manager, sms.from);
    const effects = replyEffects(meaning, await this.replies.optedOut(tx.manager, sms.from));
    const replyId = await this.replies.insert(tx.manager, {
      messageSid: sms.messageSid || `none:${randomUUID()}`,
      from: sms.from,
      body: [...sms.body].slice(0, REPLY_STORED_TEXT_MAX).join(''),
      meaning,
      consentChange: effects.consent,
      answers: latest,
    });
    if (!replyId) return effects; // Twilio posted this one before: it was recorded then
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
          replyId,
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
          replyId,
        });
      }
    }
    return effects;
  }
}
