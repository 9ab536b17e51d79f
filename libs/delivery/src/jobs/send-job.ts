import { Logger } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import type { SendJobData } from '@cordon/contracts';
import { isSendError, SendError, TransientSendError } from '@cordon/platform';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { ProgressReporter } from './progress-reporter';
import { SendSlots } from './send-slots';

export type SendOutcome = 'sent' | 'adopted' | 'failed' | 'final' | 'busy';

/** Anything a sender throws that is not a SendError is a bug or an outage: retried, outcome unknown. */
export function asSendError(err: unknown): SendError {
  if (isSendError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new TransientSendError(`unexpected: ${message}`, null, true, { cause: err });
}

/**
 * How many send jobs of a channel a worker runs per send slot: while some send, the
 * others claim, wait for the queue or the record, and their claims and records gather
 * into larger batches (bench/broadcast: 0.08 transactions per SMS at 3, 0.11 at 2).
 */
export const JOBS_PER_SLOT = 3;

/**
 * The lease of a claimed delivery when one send may take `sendMs`: the slots are handed
 * out in order, so a job waits behind at most the other jobs of its slot, then sends.
 */
export const leaseFor = (sendMs: number): number => JOBS_PER_SLOT * sendMs + 5_000;

/**
 * The frame around one send job: claim the delivery (or step aside when another
 * attempt holds it, or it is final), take a send slot, send, record the outcome and
 * give the slot back, report progress. An email holds its slot until its outcome is
 * recorded (the slots bound the repeats after a crash); an SMS gives it back when
 * Twilio answers, as a resend after a crash is reconciled with Twilio first.
 * Transient failures are thrown so BullMQ retries them with exponential backoff and
 * jitter — released to `queued` when the provider cannot have the message, left
 * `sending` (lease ended) when it might; the last attempt and permanent failures mark
 * the delivery failed with the reason.
 */
export async function runSendJob(
  job: Job<SendJobData>,
  token: string | undefined,
  deps: {
    store: DeliveryStore;
    progress: ProgressReporter;
    logger: Logger;
    leaseMs: number;
    slots: SendSlots;
  },
  /** Sends; may call `answered` once the provider has answered, to give the slot back early. */
  send: (delivery: ClaimedDelivery, answered: () => void) => Promise<'sent' | 'adopted'>,
): Promise<SendOutcome> {
  const claim = await deps.store.claim(job.data.deliveryId, deps.leaseMs);
  if (claim.kind === 'final') return 'final';
  if (claim.kind === 'busy') {
    // someone else's attempt holds the lease: look again when it runs out (no attempt used)
    await job.moveToDelayed(claim.until.getTime() + 250 + Math.random() * 500, token);
    throw new DelayedError();
  }
  const delivery = claim.delivery;
  const release = await deps.slots.acquire();
  try {
    const outcome = await send(delivery, release);
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
  } finally {
    release();
  }
}
