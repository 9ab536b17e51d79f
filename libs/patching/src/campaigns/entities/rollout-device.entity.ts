import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { RolloutDeviceStatus } from '@cordon/contracts';

/**
 * An affected device in a started department stage: pending until its department's ITU
 * claims it and marks it patched or failed (the cleanup-task rules, without an
 * incident: tasks need one). A failure on a live server links the incident it opened.
 */
@Entity('patch_rollout_devices')
@Index('ix_patch_rollout_devices_department', ['campaignId', 'departmentId', 'status'])
@Check('ck_patch_rollout_devices_status', `status IN ('pending', 'claimed', 'patched', 'failed')`)
@Check(
  'ck_patch_rollout_devices_claim',
  `(status = 'claimed') = (claimed_by_id IS NOT NULL) OR status IN ('patched', 'failed')`,
)
export class RolloutDeviceEntity {
  @ForeignKey('CampaignEntity', { name: 'fk_patch_rollout_devices_campaign', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  campaignId!: string;

  @ForeignKey('DeviceEntity', { name: 'fk_patch_rollout_devices_device', onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  deviceId!: string;

  @ForeignKey('DepartmentEntity', {
    name: 'fk_patch_rollout_devices_department',
    onDelete: 'RESTRICT',
  })
  @Column({ type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: RolloutDeviceStatus;

  @Column({ type: 'uuid', nullable: true })
  claimedById!: string | null;

  @Column({ type: 'text', nullable: true })
  claimedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  completedById!: string | null;

  @Column({ type: 'text', nullable: true })
  completedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ForeignKey('IncidentEntity', { name: 'fk_patch_rollout_devices_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @Column({ type: 'text', nullable: true })
  incidentReference!: string | null;
}
