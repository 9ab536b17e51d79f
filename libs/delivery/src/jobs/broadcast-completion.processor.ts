import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES } from '@cordon/contracts';
import { BroadcastEventsService } from '@cordon/broadcasts';
import { DeliveryRepository } from '../delivery.repository';
import {
  APP_CONFIG,
  AppConfig,
  QueueFactory,
  QueueProcessor,
  recoveryOptions,
  scheduleEvery,
  Spine,
  SYSTEM_ACTOR,
} from '@cordon/platform';

/**
 * Repeated every COMMS_SCAN_SECONDS: completes the broadcasts none of whose deliveries
 * is pending any more, when the progress report that would have completed them was
 * lost (a worker crashed before it). Completion is a conditional UPDATE: once only.
 */
@QueueProcessor(QUEUES.completion, (config) => ({ ...recoveryOptions(config), concurrency: 1 }))
export class BroadcastCompletionProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(BroadcastCompletionProcessor.name);

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly spine: Spine,
    private readonly events: BroadcastEventsService,
    private readonly queues: QueueFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await scheduleEvery(
      this.queues,
      QUEUES.completion,
      JOBS.completeBroadcasts,
      this.config.comms.scanSeconds * 1_000,
      this.logger,
    );
  }

  async process(): Promise<number> {
    const open = await this.deliveries.finishedNotCompleted(100);
    let completed = 0;
    for (const b of open)
      if (
        await this.spine.run(SYSTEM_ACTOR, (tx) =>
          this.events.completeIfDone(tx, b.id, b.incident_id),
        )
      )
        completed++;
    return completed;
  }
}
