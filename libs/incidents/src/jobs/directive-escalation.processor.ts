import { WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES } from '@cordon/contracts';
import { QueueFactory, QueueProcessor, scheduleEvery } from '@cordon/platform';
import { DirectiveEscalationService } from '../directive-escalation.service';

export const INCIDENT_SCANS_QUEUE = QUEUES.incidentScans;
export const ESCALATE_OVERDUE_JOB = JOBS.escalateOverdueDirectives;
export const ESCALATION_EVERY_MS = 60_000;

/**
 * Worker side: a repeatable BullMQ job (one scheduler, whichever worker upserts it) that
 * scans for overdue directive acknowledgements every minute. The scan is idempotent, so
 * competing workers and retries are harmless.
 */
@QueueProcessor(QUEUES.incidentScans, () => ({ concurrency: 1 }))
export class DirectiveEscalationProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(DirectiveEscalationProcessor.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly escalation: DirectiveEscalationService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await scheduleEvery(
      this.queues,
      QUEUES.incidentScans,
      JOBS.escalateOverdueDirectives,
      ESCALATION_EVERY_MS,
      this.logger,
    );
  }

  /** The scan; answers how many departments it escalated. */
  process(): Promise<number> {
    return this.escalation.escalateOverdue();
  }
}
