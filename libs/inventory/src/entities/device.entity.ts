import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DeviceHealth } from '@cordon/domain';

/**
 * A machine on a LAN: what it runs, which patches and anti-virus it has, and its health.
 * Host names are unique (lower case). LANs and departments are the directory's, named
 * by entity name so inventory never imports the directory's entities.
 */
@Entity('devices')
@Index('ix_devices_lan_hostname', ['lanId', 'hostname'])
@Index('ix_devices_department_hostname', ['departmentId', 'hostname'])
@Check('ck_devices_health', `health IN ('unknown', 'vulnerable', 'infected', 'isolated', 'clean')`)
export class DeviceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_devices_hostname', { unique: true })
  @Column({ type: 'text' })
  hostname!: string;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  mac!: string | null;

  @ForeignKey('LanEntity', { name: 'fk_devices_lan', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  lanId!: string;

  @ForeignKey('DepartmentEntity', { name: 'fk_devices_department', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'text', nullable: true })
  os!: string | null;

  /** Installed patches, upper case, sorted. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  patches!: string[];

  @Column({ type: 'text', nullable: true })
  avProduct!: string | null;

  /** YYYY-MM-DD */
  @Column({ type: 'date', nullable: true })
  avSignatureDate!: string | null;

  @Column({ type: 'text', default: 'unknown' })
  health!: DeviceHealth;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
