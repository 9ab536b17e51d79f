import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DepartmentEntity } from './department.entity';
import { SiteEntity } from './site.entity';

/**
 * A local area network: one department's network at one site, the unit that is shut
 * down, cleaned and reopened during an incident.
 */
@Entity('lans')
export class LanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_lans_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('ix_lans_site')
  @ForeignKey(() => SiteEntity, { name: 'fk_lans_site', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  siteId!: string;

  @Index('ix_lans_department')
  @ForeignKey(() => DepartmentEntity, { name: 'fk_lans_department', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'cidr', nullable: true })
  cidr!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
