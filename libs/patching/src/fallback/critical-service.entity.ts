import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { FallbackStep } from '@cordon/contracts';

/**
 * A service the council cannot be without (mail scanning) and its fall-back plan: the
 * steps in order, the standby to switch to, who decides. Each change bumps `version`
 * and is an event on the stream `critical-service:<id>`.
 */
@Entity('critical_services')
export class CriticalServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_critical_services_name', { unique: true })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  steps!: FallbackStep[];

  @ForeignKey('DeviceEntity', { name: 'fk_critical_services_standby', onDelete: 'SET NULL' })
  @Column({ type: 'uuid', nullable: true })
  standbyDeviceId!: string | null;

  @Column({ type: 'text', nullable: true })
  standbyDescription!: string | null;

  @ForeignKey('UserEntity', { name: 'fk_critical_services_decider', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  deciderId!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  lastReviewedOn!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** A live server hosting a critical service; a device hosts one critical service at most. */
@Entity('critical_service_servers')
export class CriticalServiceServerEntity {
  @ForeignKey('CriticalServiceEntity', {
    name: 'fk_critical_service_servers_service',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn({ type: 'uuid' })
  serviceId!: string;

  @ForeignKey('DeviceEntity', { name: 'fk_critical_service_servers_device', onDelete: 'CASCADE' })
  @Index('uq_critical_service_servers_device', { unique: true })
  @PrimaryColumn({ type: 'uuid' })
  deviceId!: string;
}
