import { Column, Index, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A building or campus the council works from. */
@Entity('sites')
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_sites_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
