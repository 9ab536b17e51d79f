import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, Type } from '@nestjs/common';
import type { QueueName } from '@cordon/contracts';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { ProcessorWorkers } from './processor-workers';
import { SweepSchedules } from './sweep-schedules';
import { WorkerConnection } from './worker-connection';
import { WorkerConnectionModule } from './worker-connection.module';

/**
 * BullMQ processors (`@QueueProcessor(queue)` classes extending `WorkerHost`) for the
 * worker app, imported through `QueueWorkersModule.processing(...queues)`: every worker
 * on REDIS_URL with QUEUE_PREFIX through one consumer connection (each worker adds its
 * own blocking one), its options from the configuration, failures logged, stopped
 * gracefully (`ProcessorWorkers`); every `@Sweep` scheduled at bootstrap
 * (`SweepSchedules`). The api never imports it: it only writes the outbox.
 */
@Module({
  imports: [
    DiscoveryModule,
    WorkerConnectionModule,
    BullModule.forRootAsync({
      imports: [WorkerConnectionModule],
      inject: [APP_CONFIG, WorkerConnection],
      useFactory: (config: AppConfig, connection: WorkerConnection) => ({
        connection: connection.redis,
        prefix: config.queuePrefix,
      }),
    }),
  ],
  providers: [ProcessorWorkers, SweepSchedules],
})
export class QueueWorkersModule {
  /**
   * What a feature's jobs module imports to run processors of `queues`: this module and
   * @nestjs/bullmq's registration of those queues (which makes their processors' workers).
   */
  static processing(...queues: QueueName[]): (Type | DynamicModule)[] {
    return [QueueWorkersModule, BullModule.registerQueue(...queues.map((name) => ({ name })))];
  }
}
