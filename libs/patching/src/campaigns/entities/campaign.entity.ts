import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ApprovalBlocker, CampaignStatus } from '@cordon/contracts';

/**
 * A rollout of one advisory's patch: tested on like machines, approved by the owner,
 * then staged department by department. At most one unfinished campaign per advisory.
 */
@Entity('patch_campaigns')
@Index('uq_patch_campaigns_open_advisory', ['advisoryId'], {
  unique: true,
  where: `status <> 'completed'`,
})
@Index('ix_patch_campaigns_created', ['createdAt', 'id'])
@Check('ck_patch_campaigns_status', `status IN ('testing', 'approved', 'rolling_out', 'completed')`)
@Check('ck_patch_campaigns_approval', `(status = 'testing') = (approved_at IS NULL)`)
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('AdvisoryEntity', { name: 'fk_patch_campaigns_advisory', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  advisoryId!: string;

  @Column({ type: 'text', default: 'testing' })
  status!: CampaignStatus;

  @ForeignKey('UserEntity', { name: 'fk_patch_campaigns_created_by', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'text' })
  createdByName!: string;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @Column({ type: 'text', nullable: true })
  approvedByName!: string | null;

  @Column({ type: 'text', nullable: true })
  overrideReason!: string | null;

  /** The blockers an approval with a reason went over. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  overridden!: ApprovalBlocker[];

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
