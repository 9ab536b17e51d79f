import { Logger } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { isSendError, SendError, TransientSendError } from '@cordon/platform';
import type { SendPayload } from '../comms-queues';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { ProgressReporter } from './progress-reporter';

export type SendOutcome = 'sent' | 'adopted' | 'failed' | 'final' | 'busy';

/** Anything a sender throws that is not a SendError is a bug or an outage: retried, outcome unknown. */
export function asSendError(err: unknown): SendError {
  if (isSendError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new TransientSendError(`unexpected: ${message}`, null, true, { cause: err });
}

/**
 * The frame around one send job: claim the delivery (or step aside when another
 * attempt holds it, or it is final), send, record the outcome, report progress.
 * Transient failures are thrown so BullMQ retries them with exponential backoff and
 * jitter — released to `queued` when the provider cannot have the message, left
 * `sending` (lease ended) when it might; the last attempt and permanent failures mark
 * the delivery failed with the reason.
 */
export async function runSendJob(
  job: Job<SendPayload>,
  token: string | undefined,
  deps: { store: DeliveryStore; progress: ProgressReporter; logger: Logger; leaseMs: number },
  send: (delivery: ClaimedDelivery) => Promise<'sent' | 'adopted'>,
): Promise<SendOutcome> {
  const claim = await deps.store.claim(job.data.deliveryId, deps.leaseMs);
  if (claim.kind === 'final') return 'final';
  if (claim.kind === 'busy') {
    // someone else's attempt holds the lease: look again when it runs out (no attempt used)
    await job.moveToDelayed(claim.until.getTime() + 250 + Math.random() * 500, token);
    throw new DelayedError();
  }
  const delivery = claim.delivery;
  try {
    const outcome = await send(delivery);
    deps.progress.touch(delivery.broadcastId);
    return outcome;
  } catch (err) {
    const error = asSendError(err);
    const attempts = job.opts.attempts ?? 1;
    const last = job.attemptsMade + 1 >= attempts;
    if (!error.transient || last) {
      const reason = error.transient
        ? `gave up after ${attempts} attempts: ${error.reason}`
        : error.reason;
      await deps.store.markFailed(delivery, reason);
      deps.progress.touch(delivery.broadcastId);
      deps.logger.warn({ msg: 'delivery failed', deliveryId: delivery.id, reason });
      return 'failed';
    }
    if (error instanceof TransientSendError && error.outcomeUnknown)
      await deps.store.endLease(delivery, error.reason);
    else await deps.store.release(delivery, error.reason);
    throw error;
  }
}
