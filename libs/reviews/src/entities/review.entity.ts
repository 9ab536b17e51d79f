import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ReviewStatus } from '@cordon/contracts';

/** The post-incident review of one incident (one at most: unique per incident). */
@Entity('reviews')
@Index('ix_reviews_opened', ['openedAt', 'id'])
@Check('ck_reviews_status', `status IN ('open', 'completed')`)
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The incidents feature's incident, named by entity so reviews never imports its entities. */
  @ForeignKey('IncidentEntity', { name: 'fk_reviews_incident', onDelete: 'RESTRICT' })
  @Index('uq_reviews_incident', { unique: true })
  @Column({ type: 'uuid' })
  incidentId!: string;

  @Index('ix_reviews_status')
  @Column({ type: 'text', default: 'open' })
  status!: ReviewStatus;

  @Column({ type: 'text', default: '' })
  wentWell!: string;

  @Column({ type: 'text', default: '' })
  wentWrong!: string;

  @Column({ type: 'text', default: '' })
  contributingFactors!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  openedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  @ForeignKey('UserEntity', { name: 'fk_reviews_completed_by', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  completedById!: string | null;

  @Column({ type: 'text', nullable: true })
  completedByName!: string | null;
}
