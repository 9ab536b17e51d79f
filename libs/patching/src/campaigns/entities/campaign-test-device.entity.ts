import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { TestResult } from '@cordon/contracts';

/** A like machine of a campaign and what the test on it found (null until recorded). */
@Entity('patch_campaign_test_devices')
@Check('ck_patch_campaign_test_devices_result', `result IS NULL OR result IN ('passed', 'failed')`)
export class CampaignTestDeviceEntity {
  @ForeignKey('CampaignEntity', {
    name: 'fk_patch_campaign_test_devices_campaign',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn({ type: 'uuid' })
  campaignId!: string;

  @ForeignKey('DeviceEntity', {
    name: 'fk_patch_campaign_test_devices_device',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ type: 'uuid' })
  deviceId!: string;

  @Column({ type: 'text', nullable: true })
  result!: TestResult | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Column({ type: 'text', nullable: true })
  recordedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt!: Date | null;
}
