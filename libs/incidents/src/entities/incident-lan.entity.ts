import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { LanPhase } from '@cordon/contracts';

/**
 * One LAN in an incident's plan and its phase. `incidentOpen` mirrors "the incident is
 * not closed" so a partial unique index can hold a LAN in at most one open incident's plan.
 */
@Entity('incident_lans')
@Index('uq_incident_lans_incident_lan', ['incidentId', 'lanId'], { unique: true })
@Index('uq_incident_lans_open_lan', ['lanId'], { unique: true, where: 'incident_open' })
@Check('ck_incident_lans_phase', `phase IN ('planned', 'shut_down', 'cleaning', 'reopened')`)
export class IncidentLanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('IncidentEntity', { name: 'fk_incident_lans_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  incidentId!: string;

  @ForeignKey('LanEntity', { name: 'fk_incident_lans_lan', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  lanId!: string;

  @Column({ type: 'text', default: 'planned' })
  phase!: LanPhase;

  @Column({ type: 'boolean', default: true })
  incidentOpen!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  phaseChangedAt!: Date;

  @Column({ type: 'text', nullable: true })
  phaseReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The owner's decision that a device need not be verified for its LAN to reopen. */
@Entity('device_waivers')
@Index('uq_device_waivers_incident_device', ['incidentId', 'deviceId'], { unique: true })
export class DeviceWaiverEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('IncidentEntity', { name: 'fk_device_waivers_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  incidentId!: string;

  @ForeignKey('DeviceEntity', { name: 'fk_device_waivers_device', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  deviceId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid' })
  waivedById!: string;

  @Column({ type: 'text' })
  waivedByName!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  waivedAt!: Date;
}
