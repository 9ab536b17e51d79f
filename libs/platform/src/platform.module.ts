import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { MetricsModule } from './metrics/metrics.module';
import { OutboxRelay } from './outbox/outbox-relay';
import { QueueFactory } from './queue/queue-factory';
import { RedisModule } from './redis/redis.module';

/** Config, PostgreSQL, Redis, queues, the spine and metrics: what every app and feature stands on. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [ConfigModule.forRoot(config), DatabaseModule, RedisModule, MetricsModule],
      providers: [QueueFactory, OutboxRelay],
      exports: [QueueFactory, OutboxRelay],
    };
  }
}
