import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AcknowledgementVia, AcknowledgementView, ActorRef } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { notFound } from '@cordon/domain';
import { APP_CONFIG, AppConfig, Spine, SpineTransaction } from '@cordon/platform';
import { thankYouPage } from './ack-page';
import { loadForAction } from './broadcast-access';
import { BroadcastEventsService } from './broadcast-events.service';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { ACK_TOKEN_PATTERN } from './delivery-sql';
import { RecordAcknowledgementDto } from './dto/broadcast-queries.dto';
import type { BroadcastContext } from './entities';
import { shownSubject } from './shown-subject';
import { returning } from './sql';

export interface AckTarget {
  broadcastId: string;
  incidentId: string;
  recipientId: string;
  name: string;
  deliveryId: string | null;
}

/** A delivery row joined to its broadcast and recipient, as the acknowledgement look-ups read it. */
export interface AckTargetRow {
  id: string;
  broadcast_id: string;
  incident_id: string;
  recipient_id: string;
  name: string;
}

export const toAckTarget = (row: AckTargetRow): AckTarget => ({
  broadcastId: row.broadcast_id,
  incidentId: row.incident_id,
  recipientId: row.recipient_id,
  name: row.name,
  deliveryId: row.id,
});

export interface AckOutcome extends AcknowledgementView {
  /** The subject as the recipient's message had it (rendered for them). */
  subject: string;
  reference: string;
}

/**
 * Acknowledgements: by the link in a message, by an SMS reply, or recorded by hand.
 * Each counts once per recipient and broadcast: a conditional UPDATE of the
 * recipient's row (keyed by broadcast and recipient) records the first and only that.
 */
@Injectable()
export class AcknowledgementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly incidents: BroadcastIncidents,
    private readonly events: BroadcastEventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The link in a message: records the acknowledgement and answers the thank-you page. */
  async byLink(token: string): Promise<string> {
    return thankYouPage(await this.byToken(token));
  }

  async byToken(token: string): Promise<AckOutcome> {
    const target = ACK_TOKEN_PATTERN.test(token) ? await this.targetOfToken(token) : null;
    if (!target) throw notFound('Acknowledgement link');
    return this.record(target, 'link', null, linkActor(target.name));
  }

  async byHand(
    broadcastId: string,
    dto: RecordAcknowledgementDto,
    user: AuthUser,
  ): Promise<AcknowledgementView> {
    const { broadcast } = await loadForAction(
      this.dataSource,
      this.incidents,
      broadcastId,
      user,
      'acknowledge_for',
    );
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM broadcast_recipients WHERE broadcast_id = $1 AND recipient_id = $2`,
      [broadcastId, dto.staffId],
    );
    if (!rows[0]) throw notFound('Recipient of this broadcast', dto.staffId);
    const target: AckTarget = {
      broadcastId,
      incidentId: broadcast.incidentId,
      recipientId: dto.staffId,
      name: rows[0].name,
      deliveryId: null,
    };
    const {
      subject: _s,
      reference: _r,
      ...view
    } = await this.record(target, 'console', dto.note ?? null, actorOf(user));
    return view;
  }

  /** Records an acknowledgement (once) with its event; later ones answer the first. */
  async record(
    target: AckTarget,
    via: AcknowledgementVia,
    note: string | null,
    actor: ActorRef,
  ): Promise<AckOutcome> {
    const outcome = await this.spine.run(actor, (tx) => this.recordIn(tx, target, via, note));
    if (outcome.recorded) await this.events.report(target.broadcastId);
    return outcome;
  }

  async recordIn(
    tx: SpineTransaction,
    target: AckTarget,
    via: AcknowledgementVia,
    note: string | null,
  ): Promise<AckOutcome> {
    const updated = await returning<{ acknowledged_at: Date }>(
      tx.manager,
      `UPDATE broadcast_recipients SET acknowledged_at = clock_timestamp(), ack_via = $3,
              ack_delivery_id = $4, ack_note = $5, ack_by = $6
       WHERE broadcast_id = $1 AND recipient_id = $2 AND acknowledged_at IS NULL
       RETURNING acknowledged_at`,
      [
        target.broadcastId,
        target.recipientId,
        via,
        target.deliveryId,
        note,
        JSON.stringify(tx.actor),
      ],
    );
    if (updated[0])
      tx.appendToIncident(target.incidentId, 'broadcast.acknowledged', {
        broadcastId: target.broadcastId,
        recipientId: target.recipientId,
        name: target.name,
        via,
        ...(note ? { note } : {}),
      });
    const rows: {
      acknowledged_at: Date;
      ack_via: AcknowledgementVia;
      ack_note: string | null;
      lan_code: string | null;
      subject: string;
      context: BroadcastContext;
    }[] = await tx.manager.query(
      `SELECT r.acknowledged_at, r.ack_via, r.ack_note, r.lan_code, b.subject, b.context
       FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id
       WHERE r.broadcast_id = $1 AND r.recipient_id = $2`,
      [target.broadcastId, target.recipientId],
    );
    const row = rows[0];
    if (!row) throw notFound('Recipient of this broadcast', target.recipientId);
    return {
      broadcastId: target.broadcastId,
      recipientId: target.recipientId,
      name: target.name,
      via: row.ack_via,
      at: row.acknowledged_at.toISOString(),
      note: row.ack_note,
      recorded: Boolean(updated[0]),
      subject: shownSubject(row.subject, row.context, this.config.comms.timeZone, {
        name: target.name,
        lanCode: row.lan_code,
      }),
      reference: row.context.reference,
    };
  }

  private async targetOfToken(token: string): Promise<AckTarget | null> {
    const rows: AckTargetRow[] = await this.dataSource.query(
      `SELECT d.id, d.broadcast_id, b.incident_id, d.recipient_id, r.name
       FROM deliveries d
       JOIN broadcasts b ON b.id = d.broadcast_id
       JOIN broadcast_recipients r ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.ack_token = $1`,
      [token],
    );
    return rows[0] ? toAckTarget(rows[0]) : null;
  }
}

/** A recipient is not a login: the event's actor names them and how they answered. */
export const linkActor = (name: string): ActorRef => ({
  id: null,
  name: `${name} (acknowledgement link)`,
  kind: 'system',
});

export const replyActor = (name: string): ActorRef => ({
  id: null,
  name: `${name} (SMS reply)`,
  kind: 'system',
});
