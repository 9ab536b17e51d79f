import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Cluster } from 'ioredis';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { closeRedis, createRedis, RedisConnection } from './redis';

/**
 * The shared general-purpose Redis client (a single Redis or a Cluster); every key it
 * writes starts with QUEUE_PREFIX, so on a cluster (prefix `{tag}`) they share one slot.
 */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: RedisConnection;
  readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `${config.queuePrefix}:`;
    this.redis = createRedis(config, 'client', { keyPrefix: this.prefix });
  }

  async ping(timeoutMs = 1_000): Promise<boolean> {
    try {
      const answer = await Promise.race([
        this.probe(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), timeoutMs).unref(),
        ),
      ]);
      return answer === 'PONG';
    } catch {
      return false;
    }
  }

  /**
   * PING on a single Redis. On a cluster PING goes to any node, so a keyed read instead:
   * it reaches the shard that holds every Cordon key (QUEUE_PREFIX's hash slot), and
   * fails while that shard is down or the cluster is not `ok`.
   */
  private async probe(): Promise<string> {
    if (!(this.redis instanceof Cluster)) return this.redis.ping();
    await this.redis.exists('health');
    return 'PONG';
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}

@Global()
@Module({ providers: [RedisClient], exports: [RedisClient] })
export class RedisModule {}
