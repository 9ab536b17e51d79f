import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ReviewActionState } from '@cordon/contracts';

/** An action item of a review: an owner (a user), a due day, open → done. */
@Entity('review_actions')
@Index('ix_review_actions_review', ['reviewId', 'createdAt', 'id'])
@Index('ix_review_actions_owner', ['ownerId', 'state', 'dueOn'])
@Index('ix_review_actions_open_due', ['dueOn'], { where: `state = 'open'` })
@Check('ck_review_actions_state', `state IN ('open', 'done')`)
export class ReviewActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('ReviewEntity', { name: 'fk_review_actions_review', onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  reviewId!: string;

  @ForeignKey('IncidentEntity', { name: 'fk_review_actions_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'text' })
  title!: string;

  @ForeignKey('UserEntity', { name: 'fk_review_actions_owner', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'text' })
  ownerName!: string;

  /** The UTC day it is due (YYYY-MM-DD). */
  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', default: 'open' })
  state!: ReviewActionState;

  @Column({ type: 'uuid', nullable: true })
  doneById!: string | null;

  @Column({ type: 'text', nullable: true })
  doneByName!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'text' })
  createdByName!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** The UTC day its owner was last reminded: at most one reminder a day. */
  @Column({ type: 'date', nullable: true })
  lastRemindedOn!: string | null;
}
