import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { JobName, QueueName } from '@cordon/contracts';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { scheduleEvery } from './job-scheduler';
import { QueueFactory } from './queue-factory';
import { sweepOf } from './sweep';

/**
 * Schedules every `@Sweep` processor of the app at bootstrap (each warning under its
 * processor's name when Redis is away), and removes the schedulers the sweeps retire.
 */
@Injectable()
export class SweepSchedules implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queues: QueueFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const sweeps = new Set(
      this.discovery.getProviders().flatMap((wrapper) => wrapper.metatype ?? []),
    );
    for (const target of sweeps) {
      const sweep = sweepOf(target);
      if (!sweep) continue;
      if (sweep.when && !sweep.when(this.config)) {
        await this.queues
          .queue(sweep.queue)
          .removeJobScheduler(sweep.job)
          .catch(() => undefined);
        continue;
      }
      await scheduleEvery(
        this.queues,
        sweep.queue,
        sweep.job as JobName<QueueName>,
        sweep.every(this.config),
        new Logger(target.name),
      );
      if (sweep.retires)
        await this.queues
          .queue(sweep.retires.queue)
          .removeJobScheduler(sweep.retires.scheduler)
          .catch(() => undefined);
    }
  }
}
