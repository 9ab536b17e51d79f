import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  ActorRef,
  BroadcastAudience,
  BroadcastChannel,
  BroadcastKind,
  BroadcastStatus,
} from '@cordon/contracts';

/** What messages are rendered with, fixed when the broadcast is made. */
export interface BroadcastContext {
  reference: string;
  title: string;
  /** ISO time staff are next owed an update, or null. */
  nextUpdateDueAt: string | null;
}

/**
 * A message to many people on one or more channels. `(incident, idempotency key)` is
 * unique: two requests with one key make one broadcast.
 */
@Entity('broadcasts')
@Index('uq_broadcasts_incident_key', ['incidentId', 'idempotencyKey'], { unique: true })
@Index('ix_broadcasts_incident_created', ['incidentId', 'createdAt'])
@Index('ix_broadcasts_open', ['status'], { where: `status <> 'completed'` })
export class BroadcastEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The incidents feature's incident, named by entity so comms never imports its entities. */
  @ForeignKey('IncidentEntity', { name: 'fk_broadcasts_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'text' })
  kind!: BroadcastKind;

  @Column({ type: 'text' })
  idempotencyKey!: string;

  /** Hash of the canonical request; the same key with another fingerprint is refused. */
  @Column({ type: 'text' })
  fingerprint!: string;

  @Column({ type: 'jsonb' })
  audience!: BroadcastAudience;

  @Column({ type: 'text', array: true })
  channels!: BroadcastChannel[];

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The SMS text as a template; null: the SMS is the subject (`renderMessage`). */
  @Column({ type: 'text', nullable: true })
  smsBody!: string | null;

  @Column({ type: 'boolean', default: false })
  requireAck!: boolean;

  @Column({ type: 'integer', nullable: true })
  escalateAfterMinutes!: number | null;

  @Column({ type: 'jsonb' })
  context!: BroadcastContext;

  @Column({ type: 'text', default: 'queued' })
  status!: BroadcastStatus;

  @Column({ type: 'jsonb' })
  createdBy!: ActorRef;

  @Column({ type: 'integer', default: 0 })
  recipientCount!: number;

  @Column({ type: 'integer', default: 0 })
  deliveryCount!: number;

  /** Recipients on a closed LAN whom no SMS reached, counted when it was written. */
  @Column({ type: 'integer', default: 0 })
  unreachableCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the last `broadcast.progress` event went out (the throttle, guarded in SQL). */
  @Column({ type: 'timestamptz', nullable: true })
  progressAt!: Date | null;

  /** How often every delivery became final: 1 → `broadcast.completed`, exactly once. */
  @Column({ type: 'integer', default: 0 })
  completions!: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  /** Retries of failed deliveries asked for so far (numbers their fan-out jobs). */
  @Column({ type: 'integer', default: 0 })
  retries!: number;
}
