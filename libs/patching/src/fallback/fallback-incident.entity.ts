import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { FallbackPlanSnapshot, NoFallbackReason } from '@cordon/contracts';

/**
 * The incident a failed patch on a live server opened, one per campaign and device
 * (the key that makes a retry answer the same incident), with the plan as it stood
 * and the tasks made of its first steps. The event `incident.fallback_attached` on the
 * incident's stream carries the same snapshot.
 */
@Entity('fallback_incidents')
export class FallbackIncidentEntity {
  @PrimaryColumn({ type: 'uuid' })
  campaignId!: string;

  @PrimaryColumn({ type: 'uuid' })
  deviceId!: string;

  /** Null until the incident is declared. */
  @ForeignKey('IncidentEntity', { name: 'fk_fallback_incidents_incident', onDelete: 'RESTRICT' })
  @Index('uq_fallback_incidents_incident', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  /** The incident's reference (INC-2026-0042), for the campaign's link. */
  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Column({ type: 'uuid' })
  advisoryId!: string;

  @Column({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  patch!: string;

  @Column({ type: 'text' })
  hostname!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  plan!: FallbackPlanSnapshot | null;

  @Column({ type: 'text', nullable: true })
  noPlan!: NoFallbackReason | null;

  /** The tasks made now: first steps by position, or the one to decide without a plan. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  tasks!: { position: number | null; taskId: string; title: string }[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  ownerNote!: string | null;

  /** When the plan (or its absence) and the tasks were attached: null while not yet. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  attachedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
