import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReplyMeaning } from '@cordon/domain';

/**
 * An SMS someone sent to Cordon's number, kept whatever it says (Twilio's MessageSid is
 * unique: a webhook Twilio posts again is recorded once), with how it was read, what it
 * did to the sender's SMS consent, and the delivery it answered (the number's latest).
 */
@Entity('sms_replies')
@Index('ix_sms_replies_from_received', ['fromNumber', 'receivedAt'])
@Check('ck_sms_replies_meaning', `meaning IN ('acknowledge', 'opt_out', 'opt_in', 'other')`)
@Check('ck_sms_replies_consent', `consent_change IN ('withdraw', 'restore')`)
export class SmsReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_sms_replies_message_sid', { unique: true })
  @Column({ type: 'text' })
  messageSid!: string;

  @Column({ type: 'text' })
  fromNumber!: string;

  /** The text as received, up to an SMS's 1,600 characters. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  meaning!: ReplyMeaning;

  /** What the reply did to the sender's consent: a STOP withdrew it, START gave it back. */
  @Column({ type: 'text', nullable: true })
  consentChange!: 'withdraw' | 'restore' | null;

  @Column({ type: 'uuid', nullable: true })
  deliveryId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  broadcastId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recipientId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
