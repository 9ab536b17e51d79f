import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { ActorRef, UserView } from '@cordon/contracts';
import { conflict } from '@cordon/domain';
import { Spine } from '@cordon/platform';
import { toAuthUser, toUserView } from './auth-user';
import { CreateUserDto } from './dto/create-user.dto';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password';

export const DIRECTORY_STREAM = 'directory';

const isUniqueViolation = (err: unknown): boolean =>
  err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';

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
        await tx.append(DIRECTORY_STREAM, 'user.created', { user: view });
        return view;
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict(`A user with email ${dto.email} exists already`, { field: 'email' });
      throw err;
    }
  }

  async findById(id: string): Promise<UserView | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    return user ? toUserView(toAuthUser(user)) : null;
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }
}
