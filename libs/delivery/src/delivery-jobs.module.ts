import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BroadcastsModule } from '@cordon/broadcasts';
import { QUEUES } from '@cordon/contracts';
import { DirectoryModule } from '@cordon/directory';
import { QueueWorkersModule } from '@cordon/platform';
import { DeliveryRepository } from './delivery.repository';
import { DELIVERY_ENTITIES } from './entities';
import { BroadcastCompletionProcessor } from './jobs/broadcast-completion.processor';
import { DeliveryClaimsRepository } from './jobs/delivery-claims.repository';
import { DeliveryStore } from './jobs/delivery-store';
import { EmailSendProcessor } from './jobs/email-send.processor';
import { EscalationProcessor } from './jobs/escalation.processor';
import { FanoutProcessor } from './jobs/fanout.processor';
import { HeldStatusesProcessor } from './jobs/held-statuses.processor';
import { LostDeliveriesProcessor } from './jobs/lost-deliveries.processor';
import { MessageRenderer } from './jobs/message-renderer';
import { ProgressReporter } from './jobs/progress-reporter';
import { SendQueue } from './jobs/send-queue';
import { SmsSendProcessor } from './jobs/sms-send.processor';

/**
 * Delivery, worker side: the processors of fan-out, email and SMS sends, escalation of
 * unacknowledged broadcasts, and the sweeps that make up for what a crash lost. Needs
 * the NotifyModule (MailSender, SMS_SENDER) from the app.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(DELIVERY_ENTITIES),
    ...QueueWorkersModule.processing(
      QUEUES.fanout,
      QUEUES.email,
      QUEUES.sms,
      QUEUES.escalation,
      QUEUES.heldStatuses,
      QUEUES.completion,
      QUEUES.lostDeliveries,
    ),
    BroadcastsModule,
    DirectoryModule,
  ],
  providers: [
    DeliveryRepository,
    DeliveryClaimsRepository,
    DeliveryStore,
    MessageRenderer,
    ProgressReporter,
    SendQueue,
    FanoutProcessor,
    EmailSendProcessor,
    SmsSendProcessor,
    EscalationProcessor,
    HeldStatusesProcessor,
    BroadcastCompletionProcessor,
    LostDeliveriesProcessor,
  ],
})
export class DeliveryJobsModule {}
