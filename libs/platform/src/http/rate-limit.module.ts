import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { RedisClient } from '../redis/redis.module';
import { RateLimitStore } from './rate-limit.store';

/**
 * @nestjs/throttler with its counters in the shared Redis. One throttler: each route's
 * `@RateLimit` rule gives its limit, window and bucket (see `RateLimitGuard`).
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [RedisClient],
      useFactory: (client: RedisClient) => ({
        storage: new RateLimitStore(client.redis),
        throttlers: [{ name: 'default', limit: 1, ttl: 60_000 }],
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
