import { Processor } from '@nestjs/bullmq';
import type { WorkerOptions } from 'bullmq';
import type { QueueName } from '@cordon/contracts';
import type { AppConfig } from '../config/config';

const WORKER_OPTIONS = Symbol('cordon:worker-options');

/** What a processor may set of its worker (the connection and prefix are the app's). */
export type WorkerSettings = Omit<WorkerOptions, 'connection' | 'prefix'>;

/** A processor's worker options as a function of the configuration. */
export type WorkerOptionsOf = (config: AppConfig) => WorkerSettings;

interface Declared {
  queue: QueueName;
  options: WorkerOptionsOf;
}

/**
 * `@Processor(queue)` of @nestjs/bullmq for a queue of the job map, with worker
 * options (concurrency, rate limit, lock and stall settings) that depend on the
 * configuration: `ProcessorWorkers` gives them to @nestjs/bullmq once the config is
 * known, before the workers are made. The class extends `WorkerHost`.
 */
export function QueueProcessor(queue: QueueName, options: WorkerOptionsOf = () => ({})) {
  return (target: object): void => {
    Processor(queue)(target as never);
    Reflect.defineMetadata(WORKER_OPTIONS, { queue, options } satisfies Declared, target);
  };
}

/** Sets the worker options of a `@QueueProcessor` class from `config`; false for any other class. */
export function applyWorkerOptions(target: object, config: AppConfig): boolean {
  const declared = Reflect.getMetadata(WORKER_OPTIONS, target) as Declared | undefined;
  if (!declared) return false;
  Processor(declared.queue, declared.options(config))(target as never);
  return true;
}

/**
 * The settings that let a job outlive its worker: a lock renewed while it runs, and a
 * stalled job (its worker died) taken over after QUEUE_STALLED_INTERVAL_MS, up to 5 times.
 */
export const recoveryOptions = (config: AppConfig): WorkerSettings => ({
  lockDuration: config.comms.queueLockMs,
  stalledInterval: config.comms.queueStalledIntervalMs,
  maxStalledCount: 5,
});
