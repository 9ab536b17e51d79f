import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG } from '@cordon/platform';
import { AuthUser, toAuthUser } from './auth-user';
import { UsersRepository } from './users.repository';

interface TokenClaims {
  sub: string;
}

/** Issues access tokens and turns a presented token back into an active user. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersRepository,
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
    return this.jwt.sign({ sub: user.id } satisfies TokenClaims);
  }

  /** The active user a token names, or null for a bad, expired or revoked one. */
  async authenticate(token: string | undefined | null): Promise<AuthUser | null> {
    if (!token) return null;
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token);
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub)) return null;
    const user = await this.users.activeById(claims.sub);
    return user ? toAuthUser(user) : null;
  }
}
