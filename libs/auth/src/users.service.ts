import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { ActorRef, Page, Role, UserView } from '@cordon/contracts';
import { conflict } from '@cordon/domain';
import { Spine, ValidationProblem } from '@cordon/platform';
import { toAuthUser, toUserView } from './auth-user';
import { CreateUserDto } from './dto/create-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { hashPassword } from './password';
import type { UserAccess } from './group-mappings/user-access.service';
import { UsersRepository } from './users.repository';

export const DIRECTORY_STREAM = 'directory';

const isUniqueViolation = (err: unknown): boolean =>
  err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';

const isUnknownDepartment = (err: unknown): boolean =>
  err instanceof QueryFailedError &&
  (err.driverError as { constraint?: string }).constraint === 'fk_users_department';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly spine: Spine,
  ) {}

  async create(dto: CreateUserDto, actor: ActorRef): Promise<UserView> {
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.spine.run(actor, async (tx) => {
        const user = await this.users.insert(tx.manager, {
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
  list(query: UserQueryDto): Promise<Page<UserView>> {
    return this.users.page(
      { departmentId: query.departmentId, role: query.role, q: query.q },
      query,
      (u) => toUserView(toAuthUser(u)),
    );
  }

  async findById(id: string): Promise<UserView | null> {
    const user = await this.users.byId(id);
    return user ? toUserView(toAuthUser(user)) : null;
  }

  /** Active logins holding any of `roles`, by name: a short list (owners, command staff). */
  async activeWithAnyRole(roles: readonly Role[]): Promise<UserView[]> {
    const rows = await this.users.activeWithAnyRole(roles);
    return rows.map((u) => toUserView(toAuthUser(u)));
  }

  /** An active login by id (read through a transaction's `manager` when given), or null. */
  async findActive(id: string, manager?: EntityManager): Promise<UserView | null> {
    const user = await this.users.activeById(id, manager);
    return user ? toUserView(toAuthUser(user)) : null;
  }

  /** Active logins with any of these emails, as `UserAccessService.refresh` takes them. */
  async accessByEmails(emails: readonly string[], manager: EntityManager): Promise<UserAccess[]> {
    const rows = await this.users.activeByEmails(emails, manager);
    return rows.map((u) => ({
      id: u.id,
      email: u.email,
      roles: u.roles,
      departmentId: u.departmentId,
    }));
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
