import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BroadcastEventsService } from '@cordon/broadcasts';
import { Spine, SYSTEM_ACTOR } from '@cordon/platform';

/**
 * Repeated every COMMS_SCAN_SECONDS: completes the broadcasts none of whose deliveries
 * is pending any more, when the progress report that would have completed them was
 * lost (a worker crashed before it). Completion is a conditional UPDATE: once only.
 */
@Injectable()
export class BroadcastCompletionProcessor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly events: BroadcastEventsService,
  ) {}

  async process(): Promise<number> {
    const open: { id: string; incident_id: string }[] = await this.dataSource.query(
      `SELECT b.id, b.incident_id FROM broadcasts b WHERE b.status <> 'completed'
         AND NOT EXISTS (SELECT 1 FROM deliveries d
                         WHERE d.broadcast_id = b.id AND d.status IN ('queued', 'sending'))
       LIMIT 100`,
    );
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
