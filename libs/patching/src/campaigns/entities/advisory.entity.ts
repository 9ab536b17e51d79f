import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AdvisorySeverity } from '@cordon/contracts';

/** A vendor's security alert: the builds it affects and the patch that fixes them. */
@Entity('advisories')
@Check('ck_advisories_severity', `severity IN ('critical', 'important', 'moderate', 'low')`)
export class AdvisoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Upper case, unique: MS03-026. */
  @Index('uq_advisories_identifier', { unique: true })
  @Column({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  severity!: AdvisorySeverity;

  @Column({ type: 'text', array: true })
  affectedBuilds!: string[];

  /** Upper case, as baselines and device records name patches. */
  @Column({ type: 'text' })
  patch!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
