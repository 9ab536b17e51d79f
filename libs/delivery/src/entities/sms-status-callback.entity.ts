import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A Twilio status callback that arrived before its send was recorded (the callback can
 * beat the worker's own commit). It is applied, and removed, when the send is recorded.
 */
@Entity('sms_status_callbacks')
export class SmsStatusCallbackEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index('ix_sms_status_callbacks_sid')
  @Column({ type: 'text' })
  messageSid!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  errorCode!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
