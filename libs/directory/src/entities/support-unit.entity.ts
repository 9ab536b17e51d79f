import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { SupportUnitKind } from '@cordon/contracts';
import { DepartmentEntity } from './department.entity';

/** A department's IT unit (at most one per department) or a specialist support group. */
@Entity('support_units')
@Index('uq_support_units_one_itu', ['departmentId'], { unique: true, where: `kind = 'itu'` })
export class SupportUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_support_units_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: SupportUnitKind;

  @Index('ix_support_units_department')
  @ForeignKey(() => DepartmentEntity, { name: 'fk_support_units_department', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  departmentId!: string;

  /** The section a specialist group serves, e.g. "Highways". */
  @Column({ type: 'text', nullable: true })
  section!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
