import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AckTarget, AckTargetRow, toAckTarget } from '@cordon/broadcasts';
import { returning } from '@cordon/platform';
import type { ReplyMeaning } from '@cordon/domain';

// sent_at IS NOT NULL: what ix_deliveries_sms_address holds (every sent SMS has one)
const SMS_TO_NUMBER = `d.channel = 'sms' AND d.address = $1 AND d.sent_at IS NOT NULL
  AND d.status IN ('sent', 'delivered')`;

/** A reply as stored, with the delivery it answers (when the number was texted). */
export interface NewReply {
  messageSid: string;
  from: string;
  body: string;
  meaning: ReplyMeaning;
  consentChange: 'withdraw' | 'restore' | null;
  answers: AckTarget | null;
}

/** The stored replies and the deliveries a reply answers. */
@Injectable()
export class SmsRepliesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Holds the number until the transaction ends: one reply of a number at a time. */
  async lockNumber(manager: EntityManager, from: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('sms-reply:' || $1))`, [from]);
  }

  /** The number's last consent change by reply was a withdrawal. */
  async optedOut(manager: EntityManager, from: string): Promise<boolean> {
    const rows: { consent_change: string }[] = await manager.query(
      `SELECT consent_change FROM sms_replies
       WHERE from_number = $1 AND consent_change IS NOT NULL
       ORDER BY received_at DESC, id DESC LIMIT 1`,
      [from],
    );
    return rows[0]?.consent_change === 'withdraw';
  }

  /** Stores the reply once per MessageSid; its id, or null when Twilio posted it before. */
  async insert(manager: EntityManager, reply: NewReply): Promise<string | null> {
    const [row] = await returning<{ id: string }>(
      manager,
      `INSERT INTO sms_replies (message_sid, from_number, body, meaning, consent_change,
         delivery_id, broadcast_id, incident_id, recipient_id, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())
       ON CONFLICT (message_sid) DO NOTHING RETURNING id`,
      [
        reply.messageSid,
        reply.from,
        reply.body,
        reply.meaning,
        reply.consentChange,
        reply.answers?.deliveryId ?? null,
        reply.answers?.broadcastId ?? null,
        reply.answers?.incidentId ?? null,
        reply.answers?.recipientId ?? null,
      ],
    );
    return row?.id ?? null;
  }

  /** The number's latest SMS delivery: the broadcast, incident and person a reply answers. */
  latestDelivery(from: string): Promise<AckTarget | null> {
    return this.target(from, '');
  }

  /** The latest delivery to the number whose broadcast asks for an acknowledgement not yet given. */
  latestOpenRequest(from: string): Promise<AckTarget | null> {
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
