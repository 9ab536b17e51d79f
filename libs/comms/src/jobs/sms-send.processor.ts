import { Inject, Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { APP_CONFIG, AppConfig, SMS_SENDER, SmsSender } from '@cordon/platform';
import type { SendPayload } from '../comms-queues';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { MessageRenderer } from './message-renderer';
import { ProgressReporter } from './progress-reporter';
import { runSendJob, SendOutcome } from './send-job';

/**
 * `sms.send`: one delivery through the SMS sender (Twilio). The claim has recorded
 * `sending` and the attempt time before Twilio is called. Taking over a delivery whose
 * earlier attempt's outcome is unknown, it first lists the recipient's messages since
 * that attempt and adopts the one with this body instead of texting them again.
 */
@Injectable()
export class SmsSendProcessor {
  private readonly logger = new Logger(SmsSendProcessor.name);
  readonly leaseMs: number;
  private readonly statusCallback: string | undefined;

  constructor(
    private readonly store: DeliveryStore,
    private readonly renderer: MessageRenderer,
    private readonly progress: ProgressReporter,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.leaseMs = config.sms.timeoutMs + 5_000;
    this.statusCallback =
      sms.kind === 'twilio' ? `${config.publicUrl}/api/v1/webhooks/twilio/status` : undefined;
  }

  process(job: Job<SendPayload>, token?: string): Promise<SendOutcome> {
    return runSendJob(
      job,
      token,
      { store: this.store, progress: this.progress, logger: this.logger, leaseMs: this.leaseMs },
      (delivery) => this.send(delivery),
    );
  }

  private async send(delivery: ClaimedDelivery): Promise<'sent' | 'adopted'> {
    const { sms: body } = await this.renderer.render(delivery);
    if (delivery.reclaimed) {
      const found = (
        await this.sms.findRecent({ to: delivery.address, since: delivery.attemptStartedAt })
      ).find((m) => m.body === body);
      if (found) {
        await this.store.markSent(delivery, found.providerId, found.status);
        this.logger.log({ msg: 'sms found at the provider, not resent', deliveryId: delivery.id });
        return 'adopted';
      }
    }
    const receipt = await this.sms.send({
      to: delivery.address,
      body,
      ...(this.statusCallback ? { statusCallback: this.statusCallback } : {}),
    });
    if (!(await this.store.markSent(delivery, receipt.providerId, receipt.status)))
      this.logger.warn({ msg: 'sms sent but the delivery had moved on', deliveryId: delivery.id });
    return 'sent';
  }
}
