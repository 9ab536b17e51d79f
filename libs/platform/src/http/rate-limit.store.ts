import { Logger } from '@nestjs/common';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { Redis } from 'ioredis';
import type { RedisConnection } from '../redis/redis';

/**
 * The throttler's counters in Redis, on Cordon's own client (its connection settings
 * and QUEUE_PREFIX key prefix), so every api process shares one budget per bucket.
 * When Redis is away requests are let through (and the log says so): account lockout
 * in PostgreSQL still guards logins.
 */
export class RateLimitStore extends ThrottlerStorageRedisService {
  private readonly log = new Logger(RateLimitStore.name);

  constructor(redis: RedisConnection) {
    // its constructor's overloads take a Redis or a Cluster, each alone, not the union
    super(redis as Redis);
  }

  override async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      return await super.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (err) {
      this.log.warn(`rate limiter unavailable, letting ${key} through: ${(err as Error).message}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}
