import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DepartmentEntity } from './department.entity';
import { LanEntity } from './lan.entity';
import { SiteEntity } from './site.entity';

/** A member of staff to keep informed. Email unique (lower case), mobile in E.164. */
@Entity('staff')
@Index('ix_staff_name_id', ['name', 'id'])
@Index('ix_staff_department_name_id', ['departmentId', 'name', 'id'])
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('uq_staff_email', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @ForeignKey(() => DepartmentEntity, { name: 'fk_staff_department', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  departmentId!: string;

  @Index('ix_staff_site')
  @ForeignKey(() => SiteEntity, { name: 'fk_staff_site', onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  siteId!: string | null;

  @Index('ix_staff_lan')
  @ForeignKey(() => LanEntity, { name: 'fk_staff_lan', onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  lanId!: string | null;

  /** May Cordon text this person? */
  @Column({ type: 'boolean', default: false })
  smsConsent!: boolean;

  /**
   * Still with the council? A directory sync marks leavers inactive (never deletes them);
   * broadcasts leave inactive staff out.
   */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The directory entry's stable id (AD objectGUID, LDAP entryUUID); null: not synced. */
  @Index('uq_staff_directory_id', { unique: true })
  @Column({ type: 'text', nullable: true })
  directoryId!: string | null;

  /** The entry's DN when last synced. */
  @Column({ type: 'text', nullable: true })
  directoryDn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
