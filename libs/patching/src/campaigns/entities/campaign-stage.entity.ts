import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A department's stage of a campaign's rollout: started once, by the owner. */
@Entity('patch_campaign_stages')
export class CampaignStageEntity {
  @ForeignKey('CampaignEntity', { name: 'fk_patch_campaign_stages_campaign', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  campaignId!: string;

  @ForeignKey('DepartmentEntity', {
    name: 'fk_patch_campaign_stages_department',
    onDelete: 'RESTRICT',
  })
  @PrimaryColumn({ type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  startedAt!: Date;

  @Column({ type: 'uuid' })
  startedById!: string;

  @Column({ type: 'text' })
  startedByName!: string;
}
