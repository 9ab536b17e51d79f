import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, Optional } from '@nestjs/common';
import { Job } from 'bullmq';
import { QUEUES, type SendJobData } from '@cordon/contracts';
import {
  APP_CONFIG,
  AppConfig,
  MailSender,
  QueueProcessor,
  recoveryOptions,
} from '@cordon/platform';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { EMAIL_ATTACHMENTS, EmailAttachments } from './email-attachments';
import { MessageRenderer } from './message-renderer';
import { ProgressReporter } from './progress-reporter';
import { JOBS_PER_SLOT, leaseFor, runSendJob, SendOutcome } from './send-job';
import { SendSlots } from './send-slots';

/** The Message-ID of a delivery's email: the same on every attempt, so a repeat can be dropped. */
export const deliveryMessageId = (deliveryId: string): string => `<${deliveryId}@cordon>`;

const mailbox = (name: string, address: string): string =>
  `"${name.replace(/["\\\r\n]/g, '').slice(0, 100)}" <${address}>`;

/**
 * `email.send`: one delivery by SMTP through the pooled MailSender. SMTP has no
 * idempotency: a message the server took just before a crash is sent again, with the
 * same Message-ID (docs/delivery.md).
 */
@QueueProcessor(QUEUES.email, (config) => ({
  ...recoveryOptions(config),
  // sends in flight are bounded by the slots (the bound on repeats after a crash); JOBS_PER_SLOT
  // times as many jobs, so claims overlap sends; a rate per second across all workers, if set
  concurrency: config.comms.emailConcurrency * JOBS_PER_SLOT,
  ...(config.smtp.perSecond ? { limiter: { max: config.smtp.perSecond, duration: 1_000 } } : {}),
}))
export class EmailSendProcessor extends WorkerHost {
  private readonly logger = new Logger(EmailSendProcessor.name);
  readonly leaseMs: number;
  readonly slots: SendSlots;

  constructor(
    private readonly store: DeliveryStore,
    private readonly renderer: MessageRenderer,
    private readonly progress: ProgressReporter,
    private readonly mail: MailSender,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(EMAIL_ATTACHMENTS) private readonly attachments?: EmailAttachments,
  ) {
    super();
    // a send may wait its turn in the pool behind the others in flight, then time out;
    // before it, the attempt may wait for a slot behind the other jobs of its slot
    const { timeoutMs, maxConnections } = config.smtp;
    const rounds = Math.ceil(config.comms.emailConcurrency / maxConnections) + 1;
    this.leaseMs = leaseFor(timeoutMs * rounds);
    this.slots = new SendSlots(config.comms.emailConcurrency);
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
      (delivery) => this.send(delivery),
    );
  }

  private async send(delivery: ClaimedDelivery): Promise<'sent'> {
    const message = await this.renderer.render(delivery);
    // made now, from the state at the time of sending (the printable plan of a reminder)
    const attachments = await this.attachments?.forDelivery({
      broadcastId: delivery.broadcastId,
      recipientId: delivery.recipientId,
    });
    const receipt = await this.mail.send({
      to: mailbox(delivery.recipientName, delivery.address),
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: deliveryMessageId(delivery.id),
      headers: { 'X-Cordon-Delivery': delivery.id },
      ...(attachments?.length ? { attachments } : {}),
    });
    if (!(await this.store.markSent(delivery, receipt.providerId, receipt.response.slice(0, 200))))
      this.logger.warn({
        msg: 'email sent but the delivery had moved on',
        deliveryId: delivery.id,
      });
    return 'sent';
  }
}
