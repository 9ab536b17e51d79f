import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { IncidentStatus } from '@cordon/contracts';

/** An incident: one named owner, always; a reference gap-free per year. */
@Entity('incidents')
@Index('uq_incidents_year_number', ['year', 'number'], { unique: true })
@Index('ix_incidents_created', ['createdAt', 'id'])
@Check('ck_incidents_severity', `severity BETWEEN 1 AND 4`)
@Check('ck_incidents_status', `status IN ('active', 'contained', 'recovered', 'closed')`)
@Check('ck_incidents_cadence', `update_cadence_minutes BETWEEN 5 AND 10080`)
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** INC-YYYY-NNNN */
  @Index('uq_incidents_reference', { unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  severity!: number;

  @Column({ type: 'text' })
  summary!: string;

  @Index('ix_incidents_status')
  @Column({ type: 'text', default: 'active' })
  status!: IncidentStatus;

  @ForeignKey('UserEntity', { name: 'fk_incidents_owner', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  ownerId!: string;

  /** The owner's name when they took the incident (shown beside the id). */
  @Column({ type: 'text' })
  ownerName!: string;

  @Column({ type: 'integer', default: 60 })
  updateCadenceMinutes!: number;

  /** The last update owed to staff: a status change, a posted update or a broadcast. */
  @Column({ type: 'timestamptz' })
  lastUpdateAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Millisecond precision, so a page cursor carries it exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  closeReason!: string | null;
}

/** The last reference number handed out per year; its row lock orders concurrent creations. */
@Entity('incident_counters')
export class IncidentCounterEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  lastNumber!: number;
}

/**
 * A department the incident involves (a LAN of its in the plan, a directive to it, a
 * task for it): its ITU members may follow the incident. A row per pair, inserted with
 * ON CONFLICT DO NOTHING, so concurrent writers never contend on the incident row.
 */
@Entity('incident_departments')
export class IncidentDepartmentEntity {
  @ForeignKey('IncidentEntity', { name: 'fk_incident_departments_incident', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  incidentId!: string;

  @Index('ix_incident_departments_department')
  @ForeignKey('DepartmentEntity', {
    name: 'fk_incident_departments_department',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ type: 'uuid' })
  departmentId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  since!: Date;
}
