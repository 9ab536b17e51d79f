import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job, Worker } from 'bullmq';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { applyWorkerOptions } from './queue-processor';
import { WorkerConnection } from './worker-connection';

/**
 * What @nestjs/bullmq leaves to the app: each `@QueueProcessor`'s options from the
 * configuration (set while the app is built, before @nestjs/bullmq makes the workers
 * when modules initialise), a log line for every failed job and worker error, and a
 * graceful stop: before the app shuts down (so before the database closes), every
 * worker finishes the jobs it is running, then the shared connection closes.
 */
@Injectable()
export class ProcessorWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProcessorWorkers.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly connection: WorkerConnection,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    for (const wrapper of discovery.getProviders())
      if (wrapper.metatype) applyWorkerOptions(wrapper.metatype, config);
  }

  /** The workers @nestjs/bullmq made for this app's processors. */
  workers(): Worker[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => host.worker);
  }

  onApplicationBootstrap(): void {
    for (const worker of this.workers()) {
      const name = worker.name;
      worker.on('error', (err) => this.logger.warn(`worker ${name}: ${err.message}`));
      worker.on('failed', (job: Job | undefined, err) =>
        this.logger.warn(
          `job ${name}/${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`,
        ),
      );
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers().map((worker) => worker.close()));
    await this.connection.close();
  }
}
