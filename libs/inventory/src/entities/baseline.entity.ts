import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The standard build: one row (id 1), replaced as a whole by `PUT /baseline`. */
@Entity('baselines')
@Check('ck_baselines_single_row', `id = 1`)
export class BaselineEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text', array: true })
  requiredPatches!: string[];

  /** YYYY-MM-DD; null accepts any signature date. */
  @Column({ type: 'date', nullable: true })
  minAvSignatureDate!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Column({ type: 'text', nullable: true })
  updatedBy!: string | null;
}
