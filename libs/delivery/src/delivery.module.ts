import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BroadcastsModule } from '@cordon/broadcasts';
import { DirectoryModule } from '@cordon/directory';
import { DeliveryMetricsRepository } from './delivery-metrics.repository';
import { DELIVERY_ENTITIES } from './entities';
import { SmsRepliesRepository } from './sms-replies.repository';
import { SmsRepliesService } from './sms-replies.service';
import { TwilioWebhooksController } from './twilio-webhooks.controller';
import { TwilioWebhooksService } from './twilio-webhooks.service';

/**
 * Delivery, api side: Twilio's webhooks — status callbacks applied to deliveries (or
 * held until their send is recorded) and SMS replies read (acknowledgement, opt-out,
 * a message for the owner), and the deliveries gauge of the api's metrics. The sends themselves are `DeliveryJobsModule`'s, in the worker.
 */
@Module({
  imports: [TypeOrmModule.forFeature(DELIVERY_ENTITIES), BroadcastsModule, DirectoryModule],
  controllers: [TwilioWebhooksController],
  providers: [
    TwilioWebhooksService,
    SmsRepliesService,
    SmsRepliesRepository,
    DeliveryMetricsRepository,
  ],
})
export class DeliveryModule {}
