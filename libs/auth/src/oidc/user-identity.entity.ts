import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A Cordon user's account at an OpenID provider: the provider's `iss` and the stable
 * `sub` it gives the person. A single sign-on finds the user by these, never by email
 * alone (an email can be reused; `sub` is not).
 */
@Entity('user_identities')
export class UserIdentityEntity {
  @PrimaryColumn({ type: 'text' })
  issuer!: string;

  @PrimaryColumn({ type: 'text' })
  subject!: string;

  @Index('ix_user_identities_user')
  @ForeignKey('UserEntity', { name: 'fk_user_identities_user', onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  userId!: string;

  /** The groups the provider sent at the last sign-in, for the admin to read. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  groups!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSignInAt!: Date;
}
