import { Injectable, Logger } from '@nestjs/common';
import { RedisClient } from '../redis/redis.module';

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in Redis, shared by every api process. When Redis is away
 * the limiter lets requests through (and says so in the log): account lockout in
 * PostgreSQL still guards logins.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);

  constructor(private readonly client: RedisClient) {}

  async hit(bucket: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    const window = Math.floor(Date.now() / 1000 / windowSeconds);
    const key = `rl:${bucket}:${window}`;
    try {
      const result = await this.client.redis
        .multi()
        .incr(key)
        .expire(key, windowSeconds + 1)
        .exec();
      const count = Number(result?.[0]?.[1] ?? 0);
      const retryAfterSeconds = windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds);
      return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
    } catch (err) {
      this.logger.warn(
        `rate limiter unavailable, letting ${bucket} through: ${(err as Error).message}`,
      );
      return { allowed: true, remaining: limit, retryAfterSeconds: 0 };
    }
  }
}
