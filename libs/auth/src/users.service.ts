import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { ActorRef, Page, Role, UserView } from '@cordon/contracts';
import { conflict } from '@cordon/domain';
import { decodeCursor, pageLimit, Spine, toPage, ValidationProblem } from '@cordon/platform';
import { toAuthUser, toUserView } from './auth-user';
import { CreateUserDto } from './dto/create-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password';

export const DIRECTORY_STREAM = 'directory';

const isUniqueViolation = (err: unknown): boolean =>
  err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';

const isUnknownDepartment = (err: unknown): boolean =>
  err instanceof QueryFailedError &&
  (err.driverError as { constraint?: string }).constraint === 'fk_users_department';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
  ) {}

  async create(dto: CreateUserDto, actor: ActorRef): Promise<UserView> {
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.spine.run(actor, async (tx) => {
        const user = await tx.manager.getRepository(UserEntity).save({
          email: dto.email.trim().toLowerCase(),
          name: dto.name.trim(),
          passwordHash,
          roles: dto.roles,
          departmentId: dto.departmentId ?? null,
        });
        const view = toUserView(toAuthUser(user));
        tx.append(DIRECTORY_STREAM, 'user.created', { user: view });
        return view;
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict(`A user with email ${dto.email} exists already`, { field: 'email' });
      if (isUnknownDepartment(err))
        throw new ValidationProblem([{ field: 'departmentId', message: 'no such department' }]);
      throw err;
    }
  }

  /** Logins by email, for admins: filter by department, role or part of name/email. */
  async list(query: UserQueryDto): Promise<Page<UserView>> {
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 1);
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (query.departmentId) qb.andWhere('u.departmentId = :d', { d: query.departmentId });
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.q) {
      const q = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', { q });
    }
    if (after) qb.andWhere('u.email > :after', { after: String(after[0]) });
    const rows = await qb
      .orderBy('u.email', 'ASC')
      .limit(limit + 1)
      .getMany();
    return toPage(
      rows,
      limit,
      (u) => [u.email],
      (u) => toUserView(toAuthUser(u)),
    );
  }

  async findById(id: string): Promise<UserView | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    return user ? toUserView(toAuthUser(user)) : null;
  }

  /** Active logins holding any of `roles`, by name: a short list (owners, command staff). */
  async activeWithAnyRole(roles: readonly Role[]): Promise<UserView[]> {
    const rows = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.active AND u.roles && CAST(:roles AS text[])', { roles: [...roles] })
      .orderBy('LOWER(u.name)', 'ASC')
      .addOrderBy('u.email', 'ASC')
      .getMany();
    return rows.map((u) => toUserView(toAuthUser(u)));
  }

  /** An active login by id (read through a transaction's `manager` when given), or null. */
  async findActive(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserView | null> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id, active: true });
    return user ? toUserView(toAuthUser(user)) : null;
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }
}
