import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { BroadcastChannel, DeliveryStatus } from '@cordon/contracts';
import { BroadcastEntity } from './broadcast.entity';

/**
 * One recipient on one channel. Its id is the BullMQ job id of its send. Status moves
 * only by conditional UPDATEs that follow the domain's transition table.
 */
@Entity('deliveries')
@Index('uq_deliveries_recipient_channel', ['broadcastId', 'recipientId', 'channel'], {
  unique: true,
})
@Index('ix_deliveries_broadcast_status', ['broadcastId', 'status'])
// the SMS lookups index sent messages only, so that claiming a delivery (no provider id
// or sent time yet) writes two index entries fewer
@Index('ix_deliveries_sms_provider', ['providerId'], {
  where: `channel = 'sms' AND provider_id IS NOT NULL`,
})
@Index('ix_deliveries_sms_address', ['address', 'sentAt'], {
  where: `channel = 'sms' AND sent_at IS NOT NULL`,
})
@Index('ix_deliveries_pending', ['updatedAt'], { where: `status IN ('queued', 'sending')` })
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey(() => BroadcastEntity, { name: 'fk_deliveries_broadcast', onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  broadcastId!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'text' })
  channel!: BroadcastChannel;

  /** 0: the broadcast itself; 1: the escalation to the other channel. */
  @Column({ type: 'smallint', default: 0 })
  round!: number;

  @Column({ type: 'text' })
  status!: DeliveryStatus;

  /** Email address or E.164 number; null when skipped for want of one. */
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  /** Why it was skipped or failed (a skip reason code, or the provider's answer). */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** 32 random bytes, base64url: the acknowledgement link's token. */
  @Index('uq_deliveries_ack_token', { unique: true, where: 'ack_token IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  ackToken!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Bumped when the delivery is queued again (retry of failed, sweep): job id `<id>-g<gen>`. */
  @Column({ type: 'integer', default: 0 })
  jobGen!: number;

  /** A `sending` delivery belongs to its worker until then; after it, the outcome is unknown. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  /** When the first attempt started: an SMS is looked up at the provider from here. */
  @Column({ type: 'timestamptz', nullable: true })
  attemptStartedAt!: Date | null;

  /** Twilio's Message SID; for email the server's queue id or the Message-ID. */
  @Column({ type: 'text', nullable: true })
  providerId!: string | null;

  @Column({ type: 'text', nullable: true })
  providerStatus!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
