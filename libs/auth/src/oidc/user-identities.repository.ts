import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The user_identities table: a provider's (issuer, subject) to a Cordon user. */
@Injectable()
export class UserIdentitiesRepository {
  /** The user an identity belongs to, its row locked for the sign-in's transaction. */
  async userIdFor(manager: EntityManager, issuer: string, subject: string): Promise<string | null> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM user_identities WHERE issuer = $1 AND subject = $2 FOR UPDATE`,
      [issuer, subject],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Records a sign-in: links the identity on the first, keeps the groups it came with. */
  async signedIn(
    manager: EntityManager,
    identity: { issuer: string; subject: string; userId: string; groups: string[] },
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO user_identities (issuer, subject, user_id, groups, last_sign_in_at)
       VALUES ($1, $2, $3, $4::text[], $5)
       ON CONFLICT (issuer, subject)
       DO UPDATE SET groups = EXCLUDED.groups, last_sign_in_at = EXCLUDED.last_sign_in_at`,
      [identity.issuer, identity.subject, identity.userId, identity.groups, at],
    );
  }
}
