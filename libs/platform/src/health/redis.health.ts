import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisClient } from '../redis/redis.module';

/** Terminus indicator: up when the shared Redis client's PING answers within the timeout. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly client: RedisClient,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async pingCheck<const Key extends string>(key: Key, timeoutMs: number) {
    const check = this.indicator.check(key);
    return (await this.client.ping(timeoutMs)) ? check.up() : check.down();
  }
}
