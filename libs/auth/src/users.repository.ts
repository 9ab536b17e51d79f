import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Page, Role } from '@cordon/contracts';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { UserEntity } from './entities/user.entity';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  roles: Role[];
  departmentId: string | null;
}

export interface UserFilter {
  departmentId?: string;
  role?: Role;
  /** Part of the name or email, any case. */
  q?: string;
}

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const BY_EMAIL = keysetOrder<UserEntity>(['u.email'], (u) => [u.email]);

/** The users table: logins in and out, failed-login counts and locks. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, user: NewUser): Promise<UserEntity> {
    return manager.getRepository(UserEntity).save(user);
  }

  /**
   * Inserts the first user unless any exists, once however many processes try at the
   * same moment (an advisory lock for the transaction); its id, or null.
   */
  async insertFirst(manager: EntityManager, user: NewUser): Promise<string | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cordon.admin-bootstrap'))`);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO users (email, name, password_hash, roles, department_id)
       SELECT $1, $2, $3, $4::text[], $5
       WHERE NOT EXISTS (SELECT 1 FROM users) RETURNING id`,
      [user.email, user.name, user.passwordHash, user.roles, user.departmentId],
    );
    return rows[0]?.id ?? null;
  }

  page<V>(
    filter: UserFilter,
    request: KeysetRequest,
    view: (u: UserEntity) => V,
  ): Promise<Page<V>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.departmentId) qb.andWhere('u.departmentId = :d', { d: filter.departmentId });
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.q)
      qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', { q: likePattern(filter.q) });
    return keysetPage(qb, BY_EMAIL, request, view);
  }

  byId(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  byEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ email });
  }

  activeById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ id, active: true });
  }

  /** Active logins holding any of `roles`, by name then email. */
  activeWithAnyRole(roles: readonly Role[]): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.active AND u.roles && CAST(:roles AS text[])', { roles: [...roles] })
      .orderBy('LOWER(u.name)', 'ASC')
      .addOrderBy('u.email', 'ASC')
      .getMany();
  }

  /** Active logins with any of these emails (lower case): the users a directory sync refreshes. */
  activeByEmails(emails: readonly string[], manager: EntityManager): Promise<UserEntity[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.active AND u.email = ANY(CAST(:emails AS text[]))', { emails: [...emails] })
      .orderBy('u.email', 'ASC')
      .getMany();
  }

  /** Sets a user's roles and department (from their groups: single sign-on, directory sync). */
  async setAccess(
    manager: EntityManager,
    id: string,
    access: { roles: Role[]; departmentId: string | null },
  ): Promise<void> {
    await manager
      .getRepository(UserEntity)
      .update({ id }, { roles: access.roles, departmentId: access.departmentId });
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }

  /** Adds one failed login atomically; the new count. */
  async addFailedLogin(id: string): Promise<number> {
    const rows: [{ failed_logins: number }[], number] = await this.dataSource.query(
      `UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins`,
      [id],
    );
    return rows[0]?.[0]?.failed_logins ?? 0;
  }

  async setLock(
    id: string,
    lock: { failedLogins?: number; lockedUntil: Date | null },
  ): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id }, lock);
  }
}
