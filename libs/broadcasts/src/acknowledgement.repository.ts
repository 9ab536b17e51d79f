import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AcknowledgementVia, ActorRef } from '@cordon/contracts';
import { returning } from '@cordon/platform';
import type { BroadcastContext } from './entities';

/** A delivery row joined to its broadcast and recipient, as the acknowledgement look-ups read it. */
export interface AckTargetRow {
  id: string;
  broadcast_id: string;
  incident_id: string;
  recipient_id: string;
  name: string;
}

/** A recipient's acknowledgement as recorded, with the subject they were sent. */
export interface AckRecordRow {
  acknowledged_at: Date;
  ack_via: AcknowledgementVia;
  ack_note: string | null;
  lan_code: string | null;
  subject: string;
  context: BroadcastContext;
}

/** What an acknowledgement records: how, by whom, through which delivery, with what note. */
export interface AckWrite {
  broadcastId: string;
  recipientId: string;
  via: AcknowledgementVia;
  deliveryId: string | null;
  note: string | null;
  by: ActorRef;
}

/** The recipients' acknowledgements: once per recipient and broadcast (a conditional UPDATE). */
@Injectable()
export class AcknowledgementRepository {
  constructor(private readonly dataSource: DataSource) {}

  async recipientName(broadcastId: string, recipientId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM broadcast_recipients WHERE broadcast_id = $1 AND recipient_id = $2`,
      [broadcastId, recipientId],
    );
    return rows[0]?.name ?? null;
  }

  /** The delivery holding an ack token, with its broadcast's incident and the recipient. */
  async byToken(token: string): Promise<AckTargetRow | null> {
    const rows: AckTargetRow[] = await this.dataSource.query(
      `SELECT d.id, d.broadcast_id, b.incident_id, d.recipient_id, r.name
       FROM deliveries d
       JOIN broadcasts b ON b.id = d.broadcast_id
       JOIN broadcast_recipients r ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.ack_token = $1`,
      [token],
    );
    return rows[0] ?? null;
  }

  /** Records the first acknowledgement only; true when this one was it. */
  async acknowledge(manager: EntityManager, ack: AckWrite): Promise<boolean> {
    const updated = await returning<{ acknowledged_at: Date }>(
      manager,
      `UPDATE broadcast_recipients SET acknowledged_at = clock_timestamp(), ack_via = $3,
              ack_delivery_id = $4, ack_note = $5, ack_by = $6
       WHERE broadcast_id = $1 AND recipient_id = $2 AND acknowledged_at IS NULL
       RETURNING acknowledged_at`,
      [ack.broadcastId, ack.recipientId, ack.via, ack.deliveryId, ack.note, JSON.stringify(ack.by)],
    );
    return updated.length > 0;
  }

  /** The recipient's acknowledgement as it stands, with the broadcast's subject and context. */
  async record(
    manager: EntityManager,
    broadcastId: string,
    recipientId: string,
  ): Promise<AckRecordRow | null> {
    const rows: AckRecordRow[] = await manager.query(
      `SELECT r.acknowledged_at, r.ack_via, r.ack_note, r.lan_code, b.subject, b.context
       FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id
       WHERE r.broadcast_id = $1 AND r.recipient_id = $2`,
      [broadcastId, recipientId],
    );
    return rows[0] ?? null;
  }
}
