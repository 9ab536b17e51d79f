import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ActorRef } from '@cordon/contracts';

/** The last `seq` handed out per stream; the row lock on it orders concurrent writers. */
@Entity('event_streams')
export class EventStreamEntity {
  @PrimaryColumn({ type: 'text' })
  stream!: string;

  @Column({ type: 'integer' })
  lastSeq!: number;

  /** The hash of the stream's last event (the chain's head); null before the first hashed one. */
  @Column({ type: 'text', nullable: true })
  lastHash!: string | null;
}

/** The event log: the timeline and the audit trail. */
@Entity('events')
@Index('uq_events_stream_seq', ['stream', 'seq'], { unique: true })
@Index('ix_events_incident_seq', ['incidentId', 'seq'])
export class EventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  stream!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'jsonb' })
  actor!: ActorRef;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** The hash of the stream's event before (libs/platform/src/audit/event-hash.ts). */
  @Column({ type: 'text', nullable: true })
  prevHash!: string | null;

  /** This event's hash over its stream, seq, type, actor, data and `prevHash`; null if older. */
  @Column({ type: 'text', nullable: true })
  hash!: string | null;
}

/** Side effects to hand to the queue once the transaction that wanted them has committed. */
@Entity('outbox')
@Index('ix_outbox_pending', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  jobName!: string;

  @Index('uq_outbox_job_id', { unique: true })
  @Column({ type: 'text' })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'integer', default: 0 })
  delayMs!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}

export const SPINE_ENTITIES = [EventStreamEntity, EventEntity, OutboxEntity];
