import type { JobName, QueueName } from '@cordon/contracts';
import type { AppConfig } from '../config/config';
import { QueueProcessor, recoveryOptions } from './queue-processor';

const SWEEP = Symbol('cordon:sweep');

/** A scheduler that an older release upserted and no processor reads any more. */
export interface RetiredSchedule {
  queue: string;
  scheduler: string;
}

export interface SweepOptions {
  /** How often the sweep runs; every COMMS_SCAN_SECONDS unless given. */
  every?: (config: AppConfig) => number;
  /** Removed when the sweep is scheduled, so its queue does not fill with jobs nobody takes. */
  retires?: RetiredSchedule;
  /** false: not scheduled (and an earlier schedule removed), e.g. a feature not configured. */
  when?: (config: AppConfig) => boolean;
}

/** What `SweepSchedules` reads of a `@Sweep` class. */
export interface SweepDeclaration {
  queue: QueueName;
  job: string;
  every: (config: AppConfig) => number;
  retires?: RetiredSchedule;
  when?: (config: AppConfig) => boolean;
}

/** Every COMMS_SCAN_SECONDS, in milliseconds: the interval of a sweep unless it says otherwise. */
export const everyScan = (config: AppConfig): number => config.comms.scanSeconds * 1_000;

/**
 * A periodic sweep: a `@QueueProcessor(queue)` taking one job at a time, with the
 * recovery settings, whose job `job` the worker app schedules on `queue` at bootstrap
 * (`SweepSchedules`, one BullMQ job scheduler keyed by the job name). The class
 * extends `WorkerHost`; its `process()` is the sweep, nothing else.
 */
export function Sweep<Q extends QueueName>(queue: Q, job: JobName<Q>, options: SweepOptions = {}) {
  return (target: object): void => {
    QueueProcessor(queue, (config) => ({ ...recoveryOptions(config), concurrency: 1 }))(target);
    const declared: SweepDeclaration = {
      queue,
      job,
      every: options.every ?? everyScan,
      retires: options.retires,
      when: options.when,
    };
    Reflect.defineMetadata(SWEEP, declared, target);
  };
}

/** The sweep `target` declares, if it is a `@Sweep` class. */
export function sweepOf(target: object): SweepDeclaration | undefined {
  return Reflect.getMetadata(SWEEP, target) as SweepDeclaration | undefined;
}
