import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** An instruction from the owner that each addressed department must acknowledge. */
@Entity('directives')
@Index('ix_directives_incident_created', ['incidentId', 'createdAt'])
export class DirectiveEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('IncidentEntity', { name: 'fk_directives_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'uuid' })
  issuedById!: string;

  @Column({ type: 'text' })
  issuedByName!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** One addressed department: acknowledged (by which ITU member) or not, escalated once. */
@Entity('directive_departments')
@Index('ix_directive_departments_pending', ['directiveId'], {
  where: 'acknowledged_at IS NULL AND escalated_at IS NULL',
})
export class DirectiveDepartmentEntity {
  @ForeignKey('DirectiveEntity', {
    name: 'fk_directive_departments_directive',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn({ type: 'uuid' })
  directiveId!: string;

  @ForeignKey('DepartmentEntity', {
    name: 'fk_directive_departments_department',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  @Column({ type: 'text', nullable: true })
  acknowledgedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;
}
