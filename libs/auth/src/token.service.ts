import { Inject, Injectable, Logger } from '@nestjs/common';
import { createSecretKey, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG, RedisClient } from '@cordon/platform';
import { ActiveUsersCache } from './active-users.cache';
import { AuthUser } from './auth-user';

interface TokenClaims {
  sub: string;
  jti: string;
  exp: number;
}

const revokedKey = (jti: string) => `auth:revoked:${jti}`;

/**
 * Issues access tokens and turns a presented token back into an active user. A token
 * stops working when its user is disabled (as soon as the change's notice reaches the
 * process: `ActiveUsersCache`) or when it is signed out (its id is kept on the deny-list
 * in Redis until it expires).
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;
  private readonly log = new Logger(TokenService.name);

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: ActiveUsersCache,
    private readonly client: RedisClient,
  ) {
    // A KeyObject: jsonwebtoken otherwise tries to parse the secret as a public key on
    // every verify (and throws before falling back), a tenth of the api's CPU.
    this.jwt = new JwtService({
      secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
      signOptions: { expiresIn: config.jwtTtlSeconds, issuer: 'cordon', algorithm: 'HS256' },
      verifyOptions: { issuer: 'cordon', algorithms: ['HS256'] },
    });
  }

  issue(user: AuthUser): string {
    return this.jwt.sign({ sub: user.id }, { jwtid: randomUUID() });
  }

  private claims(token: string): TokenClaims | null {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token);
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub)) return null;
    if (typeof claims.jti !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.jti)) return null;
    return claims;
  }

  /**
   * Whether the token was signed out. When Redis is away the deny-list cannot be read:
   * the token is let through (and the log says so) rather than signing every user out
   * while Redis restarts; a disabled user is still refused from PostgreSQL.
   */
  private async revoked(jti: string): Promise<boolean> {
    try {
      return (await this.client.redis.exists(revokedKey(jti))) === 1;
    } catch (err) {
      this.log.warn(`token deny-list unavailable: ${(err as Error).message}`);
      return false;
    }
  }

  /** The active user a token names, or null for a bad, expired, signed-out or disabled one. */
  async authenticate(token: string | undefined | null): Promise<AuthUser | null> {
    if (!token) return null;
    const claims = this.claims(token);
    if (!claims) return null;
    // the deny-list and the user at once: one wait instead of two
    const [revoked, user] = await Promise.all([
      this.revoked(claims.jti),
      this.users.activeById(claims.sub),
    ]);
    return revoked ? null : user;
  }

  /** Puts a valid token on the deny-list until it would have expired anyway. */
  async revoke(token: string): Promise<void> {
    const claims = this.claims(token);
    if (!claims) return;
    await this.client.redis.set(revokedKey(claims.jti), '1', 'PXAT', claims.exp * 1000);
  }
}
