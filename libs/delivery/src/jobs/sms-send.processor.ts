import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QUEUES, type SendJobData } from '@cordon/contracts';
import { SmsConsent } from '@cordon/directory';
import {
  APP_CONFIG,
  AppConfig,
  isSendError,
  QueueProcessor,
  recoveryOptions,
  SMS_SENDER,
  SmsSender,
  Spine,
  SYSTEM_ACTOR,
  TWILIO_OPTED_OUT,
} from '@cordon/platform';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { MessageRenderer } from './message-renderer';
import { ProgressReporter } from './progress-reporter';
import { JOBS_PER_SLOT, leaseFor, runSendJob, SendOutcome } from './send-job';
import { SendSlots } from './send-slots';

/**
 * `sms.send`: one delivery through the SMS sender (Twilio). The claim has recorded
 * `sending` and the attempt time before Twilio is called. Taking over a delivery whose
 * earlier attempt's outcome is unknown, it first lists the recipient's messages since
 * that attempt and adopts the one with this body instead of texting them again.
 * Twilio refusing the number as opted out (21610: they texted STOP, perhaps before
 * Cordon took replies) withdraws their SMS consent, so later broadcasts skip them.
 */
@QueueProcessor(QUEUES.sms, (config) => ({
  ...recoveryOptions(config),
  concurrency: config.comms.smsConcurrency * JOBS_PER_SLOT,
  // Twilio's rate, across all workers
  limiter: { max: config.sms.perSecond, duration: 1_000 },
}))
export class SmsSendProcessor extends WorkerHost {
  private readonly logger = new Logger(SmsSendProcessor.name);
  readonly leaseMs: number;
  readonly slots: SendSlots;
  private readonly statusCallback: string | undefined;

  constructor(
    private readonly store: DeliveryStore,
    private readonly renderer: MessageRenderer,
    private readonly progress: ProgressReporter,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    private readonly spine: Spine,
    private readonly consent: SmsConsent,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.leaseMs = leaseFor(config.sms.timeoutMs);
    this.slots = new SendSlots(config.comms.smsConcurrency);
    this.statusCallback =
      sms.kind === 'twilio' ? `${config.publicUrl}/api/v1/webhooks/twilio/status` : undefined;
  }

  process(job: Job<SendJobData>, token?: string): Promise<SendOutcome> {
    return runSendJob(
      job,
      token,
      {
        store: this.store,
        progress: this.progress,
        logger: this.logger,
        leaseMs: this.leaseMs,
        slots: this.slots,
      },
      (delivery, answered) => this.send(delivery, answered),
    );
  }

  private async send(delivery: ClaimedDelivery, answered: () => void): Promise<'sent' | 'adopted'> {
    const { sms: body } = await this.renderer.render(delivery);
    if (delivery.reclaimed) {
      const found = (
        await this.sms.findRecent({ to: delivery.address, since: delivery.attemptStartedAt })
      ).find((m) => m.body === body);
      if (found) {
        answered();
        await this.store.markSent(delivery, found.providerId, found.status);
        this.logger.log({ msg: 'sms found at the provider, not resent', deliveryId: delivery.id });
        return 'adopted';
      }
    }
    const receipt = await this.sms
      .send({
        to: delivery.address,
        body,
        ...(this.statusCallback ? { statusCallback: this.statusCallback } : {}),
      })
      .catch(async (err: unknown) => {
        if (isSendError(err) && err.providerCode === TWILIO_OPTED_OUT)
          await this.withdrawConsent(delivery.address);
        throw err;
      });
    answered();
    if (!(await this.store.markSent(delivery, receipt.providerId, receipt.status)))
      this.logger.warn({ msg: 'sms sent but the delivery had moved on', deliveryId: delivery.id });
    return 'sent';
  }

  /** Best effort: the delivery fails with Twilio's reason whether or not this is stored. */
  private async withdrawConsent(mobile: string): Promise<void> {
    try {
      await this.spine.run(SYSTEM_ACTOR, (tx) =>
        this.consent.setByMobile(tx, mobile, false, 'twilio_opted_out'),
      );
    } catch (err) {
      this.logger.warn({
        msg: 'could not withdraw the SMS consent of an opted-out number',
        error: (err as Error).message,
      });
    }
  }
}
