import { WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { type DataOf, QUEUES } from '@cordon/contracts';
import {
  MailSender,
  PermanentSendError,
  QueueProcessor,
  recoveryOptions,
  Spine,
  SYSTEM_ACTOR,
} from '@cordon/platform';

export type WarpEmailJob = Job<DataOf<'warp-email', 'warp.email'>>;

/** The Message-ID of a sending's email: the same on every attempt, so a repeat can be dropped. */
export const warpMessageId = (sendingId: string): string => `<warp-${sendingId}@cordon>`;

/**
 * `warp.email`: the summary, as hashed and recorded, to the WARP address. Once the mail
 * server takes it, `warp.summary_emailed`; when it refuses for good (or the last try
 * fails), `warp.email_failed`. Transient failures are retried by the queue with backoff.
 */
@QueueProcessor(QUEUES.warpEmail, (config) => ({ ...recoveryOptions(config), concurrency: 2 }))
export class WarpEmailProcessor extends WorkerHost {
  private readonly logger = new Logger(WarpEmailProcessor.name);

  constructor(
    private readonly mail: MailSender,
    private readonly spine: Spine,
  ) {
    super();
  }

  async process(job: WarpEmailJob): Promise<string> {
    const { incidentId, sendingId, to, subject, text } = job.data;
    try {
      const receipt = await this.mail.send({
        to,
        subject,
        text,
        messageId: warpMessageId(sendingId),
        headers: { 'X-Cordon-Warp-Sending': sendingId },
      });
      await this.spine.run(SYSTEM_ACTOR, async (tx) => {
        tx.appendToIncident(incidentId, 'warp.summary_emailed', {
          sendingId,
          to,
          providerId: receipt.providerId,
        });
      });
      return 'sent';
    } catch (err) {
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!(err instanceof PermanentSendError) && !last) throw err;
      const error = err instanceof Error ? err.message : String(err);
      this.logger.warn({ msg: 'WARP summary email failed', sendingId, error });
      await this.spine.run(SYSTEM_ACTOR, async (tx) => {
        tx.appendToIncident(incidentId, 'warp.email_failed', { sendingId, to, error });
      });
      return 'failed';
    }
  }
}
