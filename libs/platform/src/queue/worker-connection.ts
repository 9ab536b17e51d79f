import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { closeRedis, createRedis, RedisConnection } from '../redis/redis';

/**
 * The consumer connection the workers share (they wait for Redis forever rather than
 * fail); BullMQ gives each worker a blocking duplicate of it. Closed by
 * `ProcessorWorkers` once every worker has stopped.
 */
@Injectable()
export class WorkerConnection {
  readonly redis: RedisConnection;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config, 'consumer');
  }

  close(): Promise<void> {
    return closeRedis(this.redis);
  }
}
