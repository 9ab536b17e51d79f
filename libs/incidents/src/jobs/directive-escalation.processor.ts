import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QueueFactory } from '@cordon/platform';
import { DirectiveEscalationService } from '../directive-escalation.service';

export const INCIDENT_SCANS_QUEUE = 'incident-scans';
export const ESCALATE_OVERDUE_JOB = 'directive.escalate_overdue';
export const ESCALATION_EVERY_MS = 60_000;

/**
 * Worker side: a repeatable BullMQ job (one scheduler, whichever worker upserts it) that
 * scans for overdue directive acknowledgements every minute. The scan is idempotent, so
 * competing workers and retries are harmless.
 */
@Injectable()
export class DirectiveEscalationProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(DirectiveEscalationProcessor.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly escalation: DirectiveEscalationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.worker(
      INCIDENT_SCANS_QUEUE,
      async (job) => {
        if (job.name === ESCALATE_OVERDUE_JOB) return this.escalation.escalateOverdue();
        return null;
      },
      { concurrency: 1 },
    );
    try {
      await this.queues
        .queue(INCIDENT_SCANS_QUEUE)
        .upsertJobScheduler(
          ESCALATE_OVERDUE_JOB,
          { every: ESCALATION_EVERY_MS },
          { name: ESCALATE_OVERDUE_JOB, opts: { removeOnComplete: 100, removeOnFail: 100 } },
        );
    } catch (err) {
      // Redis away at boot: the scheduler is upserted by the next worker start; nothing is lost
      this.logger.warn(`could not schedule ${ESCALATE_OVERDUE_JOB}: ${(err as Error).message}`);
    }
  }
}
