import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LoginResponse } from '@cordon/contracts';
import { afterFailedLogin, afterSuccessfulLogin, DomainError, isLocked } from '@cordon/domain';
import { AppConfig, APP_CONFIG } from '@cordon/platform';
import { toAuthUser, toUserView } from './auth-user';
import { LoginDto } from './dto/login.dto';
import { verifyPassword } from './password';
import { TokenService } from './token.service';
import { UsersRepository } from './users.repository';

const invalid = () => new DomainError('invalid_credentials', 'Email or password is wrong');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Rate limited per client address by the route (`LOGIN_LIMIT` in auth.controller.ts). */
  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.users.byEmail(dto.email.trim().toLowerCase());
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
    if (user.failedLogins > 0) await this.users.setLock(user.id, afterSuccessfulLogin());
    const authUser = toAuthUser(user);
    return { accessToken: this.tokens.issue(authUser), user: toUserView(authUser) };
  }

  /** Counts the failure atomically, then applies the lockout rule to the new count. */
  private async recordFailure(userId: string, now: Date): Promise<void> {
    const count = await this.users.addFailedLogin(userId);
    const lock = afterFailedLogin(count, now, this.config.login);
    if (lock) {
      await this.users.setLock(userId, lock);
      this.logger.warn({ msg: 'account locked after repeated failed logins', userId });
    }
  }
}
