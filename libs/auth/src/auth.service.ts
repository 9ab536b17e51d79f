import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LoginResponse } from '@cordon/contracts';
import { DomainError, loginWaitSeconds } from '@cordon/domain';
import { AppConfig, APP_CONFIG, RateLimitedError } from '@cordon/platform';
import { toAuthUser, toUserView } from './auth-user';
import { LoginDto } from './dto/login.dto';
import { LoginThrottleStore } from './login-throttle.store';
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
    private readonly throttle: LoginThrottleStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Rate limited per client address by the route (`LOGIN_LIMIT` in auth.controller.ts),
   * then throttled per account and address (docs/security.md): a wait is answered 429
   * `rate_limited` with Retry-After before the email is looked up, so it says nothing
   * about whether the account exists; nothing ever locks an account.
   */
  async login(dto: LoginDto, source: string): Promise<LoginResponse> {
    if (this.config.localLogin === 'off') throw this.localLoginDisabled();
    const email = dto.email.trim().toLowerCase();
    const now = Date.now();
    const wait = loginWaitSeconds(await this.throttle.state(email, source), now, this.config.login);
    if (wait > 0) throw new RateLimitedError(wait);

    const user = await this.users.byEmail(email);
    const ok = await verifyPassword(dto.password, user?.passwordHash ?? null);
    if (!user || !ok || !user.active) {
      const counts = await this.throttle.failed(email, source, now);
      this.logSlowing(counts, source, user?.id ?? null);
      throw invalid();
    }
    await this.throttle.succeeded(email, source);
    // LOCAL_LOGIN=admins: passwords remain for break-glass admins only
    if (this.config.localLogin === 'admins' && !user.roles.includes('admin'))
      throw this.localLoginDisabled();
    const authUser = toAuthUser(user);
    return { accessToken: this.tokens.issue(authUser), user: toUserView(authUser) };
  }

  private localLoginDisabled(): DomainError {
    const via = this.config.oidc?.displayName ?? 'single sign-on';
    return new DomainError(
      'local_login_disabled',
      `Sign-in with a password is turned off here; sign in with ${via}`,
    );
  }

  /** For whoever watches the logs: when an address starts waiting, or an account closes to strangers. */
  private logSlowing(
    counts: { sourceFailures: number; accountFailures: number },
    source: string,
    userId: string | null,
  ): void {
    const { freeFailures, accountFailures } = this.config.login;
    if (counts.sourceFailures === freeFailures)
      this.logger.warn({
        msg: 'sign-in slowed for an address after repeated failures',
        source,
        userId,
      });
    if (counts.accountFailures === accountFailures)
      this.logger.warn({
        msg: 'sign-in closed to new addresses for an account under attack',
        userId,
      });
  }

  /** Signs out: the token stops working at once, on every api process. */
  logout(token: string): Promise<void> {
    return this.tokens.revoke(token);
  }
}
