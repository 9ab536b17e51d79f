import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { LoginAttemptState } from '@cordon/domain';
import { AppConfig, APP_CONFIG, RedisClient } from '@cordon/platform';

/** How long an address that signed in to an account is remembered as its own. */
const KNOWN_SOURCE_SECONDS = 30 * 24 * 3600;

/**
 * The sign-in counters (docs/security.md) in the shared Redis, so every api process
 * sees the same: failures per account and address, failures per account, and the
 * addresses each account has signed in from. Keyed on a hash of the email as typed,
 * so an unknown email is counted exactly like a known one. When Redis is away the
 * counters read as empty and the log says so: sign-in stays open on the worst day.
 */
@Injectable()
export class LoginThrottleStore {
  private readonly log = new Logger(LoginThrottleStore.name);

  constructor(
    private readonly client: RedisClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, source: string) {
    const account = createHash('sha256').update(email).digest('hex').slice(0, 32);
    return {
      source: `login:src:${account}:${source}`,
      account: `login:acct:${account}`,
      known: `login:known:${account}:${source}`,
    };
  }

  private get windowMs(): number {
    return this.config.login.windowMinutes * 60_000;
  }

  async state(email: string, source: string): Promise<LoginAttemptState> {
    const k = this.keys(email, source);
    try {
      const [src, acct, known] = await Promise.all([
        this.client.redis.hmget(k.source, 'n', 'at'),
        this.client.redis.hmget(k.account, 'n', 'ends'),
        this.client.redis.exists(k.known),
      ]);
      return {
        sourceFailures: Number(src[0] ?? 0),
        lastSourceFailureAt: src[1] ? Number(src[1]) : null,
        accountFailures: Number(acct[0] ?? 0),
        accountWindowEndsAt: acct[1] ? Number(acct[1]) : null,
        knownSource: known === 1,
      };
    } catch (err) {
      this.log.warn(`sign-in counters unavailable, not throttling: ${(err as Error).message}`);
      return {
        sourceFailures: 0,
        lastSourceFailureAt: null,
        accountFailures: 0,
        accountWindowEndsAt: null,
        knownSource: false,
      };
    }
  }

  /** Counts a failure; the counts after it (zeros when Redis is away). */
  async failed(
    email: string,
    source: string,
    now: number,
  ): Promise<{ sourceFailures: number; accountFailures: number }> {
    const k = this.keys(email, source);
    try {
      const results = await this.client.redis
        .multi()
        .hincrby(k.source, 'n', 1)
        .hset(k.source, 'at', String(now))
        .pexpire(k.source, this.windowMs)
        .hincrby(k.account, 'n', 1)
        .hsetnx(k.account, 'ends', String(now + this.windowMs))
        .pexpire(k.account, this.windowMs, 'NX')
        .exec();
      return {
        sourceFailures: Number(results?.[0]?.[1] ?? 0),
        accountFailures: Number(results?.[3]?.[1] ?? 0),
      };
    } catch (err) {
      this.log.warn(`sign-in counters unavailable, failure not counted: ${(err as Error).message}`);
      return { sourceFailures: 0, accountFailures: 0 };
    }
  }

  /** Clears this address's failures for the account and remembers the address. */
  async succeeded(email: string, source: string): Promise<void> {
    const k = this.keys(email, source);
    try {
      await this.client.redis
        .multi()
        .del(k.source)
        .set(k.known, '1', 'EX', KNOWN_SOURCE_SECONDS)
        .exec();
    } catch (err) {
      this.log.warn(
        `sign-in counters unavailable, success not recorded: ${(err as Error).message}`,
      );
    }
  }
}
