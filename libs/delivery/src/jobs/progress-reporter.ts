import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { BroadcastEventsService } from '@cordon/broadcasts';

/** How long deliveries of one broadcast are gathered before one report. */
const GATHER_MS = 200;

/**
 * Gathers the delivery changes of each broadcast in this process and reports them at
 * most every 200 ms: the report's SQL throttle then keeps `broadcast.progress` to two a
 * second across all workers, and checks completion. A report lost to a crash is made
 * up by the periodic scan.
 */
@Injectable()
export class ProgressReporter implements OnApplicationShutdown {
  private readonly logger = new Logger(ProgressReporter.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly events: BroadcastEventsService) {}

  touch(broadcastId: string): void {
    if (this.timers.has(broadcastId)) return;
    this.timers.set(
      broadcastId,
      setTimeout(() => this.fire(broadcastId), GATHER_MS),
    );
  }

  private fire(broadcastId: string): void {
    this.timers.delete(broadcastId);
    const run = this.events
      .report(broadcastId)
      .catch((err: Error) =>
        this.logger.warn({ msg: 'progress report failed', broadcastId, error: err.message }),
      )
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Reports what is pending before the process stops. */
  async onApplicationShutdown(): Promise<void> {
    for (const [id, timer] of [...this.timers]) {
      clearTimeout(timer);
      this.fire(id);
    }
    await Promise.allSettled([...this.running]);
  }
}
