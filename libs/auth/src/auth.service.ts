import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LoginResponse } from '@cordon/contracts';
import { afterFailedLogin, DomainError, isLocked } from '@cordon/domain';
import { AppConfig, APP_CONFIG } from '@cordon/platform';
import { toAuthUser, toUserView } from './auth-user';
import { LoginDto } from './dto/login.dto';
import { UserEntity } from './entities/user.entity';
import { verifyPassword } from './password';
import { TokenService } from './token.service';

const invalid = () => new DomainError('invalid_credentials', 'Email or password is wrong');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Rate limited per client address by the route (`LOGIN_LIMIT` in auth.controller.ts). */
  async login(dto: LoginDto): Promise<LoginResponse> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: dto.email.trim().toLowerCase() });
    const now = new Date();
    if (user && isLocked(user, now)) {
      throw new DomainError(
        'account_locked',
        'This account is locked after repeated failed logins; try later',
        {
          lockedUntil: user.lockedUntil?.toISOString(),
        },
      );
    }
    const ok = await verifyPassword(dto.password, user?.passwordHash ?? null);
    if (!user || !ok || !user.active) {
      if (user) await this.recordFailure(user.id, now);
      throw invalid();
    }
    if (user.failedLogins > 0)
      await users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
    const authUser = toAuthUser(user);
    return { accessToken: this.tokens.issue(authUser), user: toUserView(authUser) };
  }

  /** Counts the failure atomically, then applies the lockout rule to the new count. */
  private async recordFailure(userId: string, now: Date): Promise<void> {
    const rows: [{ failed_logins: number }[], number] = await this.dataSource.query(
      `UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins`,
      [userId],
    );
    const count = rows[0]?.[0]?.failed_logins ?? 0;
    const lock = afterFailedLogin(count, now, this.config.login);
    if (lock) {
      await this.dataSource.getRepository(UserEntity).update({ id: userId }, lock);
      this.logger.warn({ msg: 'account locked after repeated failed logins', userId });
    }
  }
}
