import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { closeRedis, createRedis } from '../redis/redis';

/**
 * The consumer connection the workers share (they wait for Redis forever rather than
 * fail); BullMQ gives each worker a blocking duplicate of it. Closed by
 * `ProcessorWorkers` once every worker has stopped.
 */
@Injectable()
export class WorkerConnection {
  readonly redis: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.redisUrl, 'consumer');
  }

  close(): Promise<void> {
    return closeRedis(this.redis);
  }
}
