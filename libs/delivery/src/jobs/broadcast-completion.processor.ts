import { WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@cordon/contracts';
import { BroadcastEventsService } from '@cordon/broadcasts';
import { DeliveryRepository } from '../delivery.repository';
import { Spine, Sweep, SYSTEM_ACTOR } from '@cordon/platform';

/**
 * Repeated every COMMS_SCAN_SECONDS: completes the broadcasts none of whose deliveries
 * is pending any more, when the progress report that would have completed them was
 * lost (a worker crashed before it). Completion is a conditional UPDATE: once only.
 */
@Sweep(QUEUES.completion, JOBS.completeBroadcasts)
export class BroadcastCompletionProcessor extends WorkerHost {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly spine: Spine,
    private readonly events: BroadcastEventsService,
  ) {
    super();
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
