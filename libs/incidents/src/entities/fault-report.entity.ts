import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A fault a member of staff reported (often through the help desk), matched to an incident. */
@Entity('fault_reports')
@Index('ix_fault_reports_incident_lan', ['incidentId', 'lanId'])
@Index('ix_fault_reports_created', ['createdAt', 'id'])
export class FaultReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('IncidentEntity', { name: 'fk_fault_reports_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @ForeignKey('LanEntity', { name: 'fk_fault_reports_lan', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  lanId!: string | null;

  @ForeignKey('SiteEntity', { name: 'fk_fault_reports_site', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  siteId!: string | null;

  @ForeignKey('StaffEntity', { name: 'fk_fault_reports_staff', onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  staffId!: string | null;

  @Column({ type: 'text', nullable: true })
  reporterName!: string | null;

  @Column({ type: 'text', nullable: true })
  contact!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'uuid', nullable: true })
  reportedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
