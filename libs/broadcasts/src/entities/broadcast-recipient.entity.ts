import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AcknowledgementVia, ActorRef, LanPhase } from '@cordon/contracts';
import { BroadcastEntity } from './broadcast.entity';

/**
 * One person a broadcast reaches, with the contact details it was sent to, and their
 * acknowledgement. The key (broadcast, recipient) makes an acknowledgement count once.
 */
@Entity('broadcast_recipients')
@Index('ix_broadcast_recipients_silent', ['broadcastId', 'name'], {
  where: 'acknowledged_at IS NULL',
})
export class BroadcastRecipientEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => BroadcastEntity, {
    name: 'fk_broadcast_recipients_broadcast',
    onDelete: 'CASCADE',
  })
  broadcastId!: string;

  /** A staff member's id, or a user's for notices to the owner. */
  @PrimaryColumn({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'text', default: 'staff' })
  recipientKind!: 'staff' | 'user';

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @Column({ type: 'boolean', default: false })
  smsConsent!: boolean;

  @Column({ type: 'text', nullable: true })
  lanCode!: string | null;

  /** Their LAN's phase when it was closed (shut down, cleaning) as the broadcast was written. */
  @Column({ type: 'text', nullable: true })
  lanPhase!: LanPhase | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  ackVia!: AcknowledgementVia | null;

  @Column({ type: 'uuid', nullable: true })
  ackDeliveryId!: string | null;

  @Column({ type: 'text', nullable: true })
  ackNote!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  ackBy!: ActorRef | null;
}
