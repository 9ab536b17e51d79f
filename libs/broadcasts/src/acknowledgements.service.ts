import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AcknowledgementVia, AcknowledgementView, ActorRef } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { notFound } from '@cordon/domain';
import { APP_CONFIG, AppConfig, Spine, SpineTransaction } from '@cordon/platform';
import { thankYouPage } from './ack-page';
import { AcknowledgementRepository, AckTargetRow } from './acknowledgement.repository';
import { BroadcastRepository } from './broadcast.repository';
import { loadForAction } from './broadcast-access';
import { BroadcastEventsService } from './broadcast-events.service';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { ACK_TOKEN_PATTERN } from './ack-tokens';
import { RecordAcknowledgementDto } from './dto/broadcast-queries.dto';
import { shownSubject } from './shown-subject';

export interface AckTarget {
  broadcastId: string;
  incidentId: string;
  recipientId: string;
  name: string;
  deliveryId: string | null;
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
    private readonly acks: AcknowledgementRepository,
    private readonly broadcasts: BroadcastRepository,
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
      { broadcasts: this.broadcasts, incidents: this.incidents, manager: this.dataSource.manager },
      broadcastId,
      user,
      'acknowledge_for',
    );
    const name = await this.acks.recipientName(broadcastId, dto.staffId);
    if (name === null) throw notFound('Recipient of this broadcast', dto.staffId);
    const target: AckTarget = {
      broadcastId,
      incidentId: broadcast.incidentId,
      recipientId: dto.staffId,
      name,
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
    const recorded = await this.acks.acknowledge(tx.manager, {
      broadcastId: target.broadcastId,
      recipientId: target.recipientId,
      via,
      deliveryId: target.deliveryId,
      note,
      by: tx.actor,
    });
    if (recorded)
      tx.appendToIncident(target.incidentId, 'broadcast.acknowledged', {
        broadcastId: target.broadcastId,
        recipientId: target.recipientId,
        name: target.name,
        via,
        ...(note ? { note } : {}),
      });
    const row = await this.acks.record(tx.manager, target.broadcastId, target.recipientId);
    if (!row) throw notFound('Recipient of this broadcast', target.recipientId);
    return {
      broadcastId: target.broadcastId,
      recipientId: target.recipientId,
      name: target.name,
      via: row.ack_via,
      at: row.acknowledged_at.toISOString(),
      note: row.ack_note,
      recorded,
      subject: shownSubject(row.subject, row.context, this.config.comms.timeZone, {
        name: target.name,
        lanCode: row.lan_code,
      }),
      reference: row.context.reference,
    };
  }

  private async targetOfToken(token: string): Promise<AckTarget | null> {
    const row = await this.acks.byToken(token);
    return row ? toAckTarget(row) : null;
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
