import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@cordon/directory';
import { IncidentsModule } from '@cordon/incidents';
import { AcknowledgementsService } from './acknowledgements.service';
import { BroadcastEventsService } from './broadcast-events.service';
import { BroadcastPreviewService } from './broadcast-preview.service';
import { BroadcastReads } from './broadcast-reads.service';
import { BroadcastWriter } from './broadcast-writer.service';
import { BroadcastsController } from './broadcasts.controller';
import { BroadcastsService } from './broadcasts.service';
import { CommsIncidents } from './comms-incidents.port';
import { COMMS_ENTITIES } from './entities';
import { IncidentsAdapter } from './incidents-adapter';
import { PublicCommsController } from './public-comms.controller';
import { SmsRepliesService } from './sms-replies.service';
import { TwilioWebhooksService } from './twilio-webhooks.service';

/**
 * Crisis communications, api side: broadcasts (stored with one delivery per recipient
 * and channel, queued through the outbox), their progress, acknowledgements by link,
 * SMS reply or by hand, and Twilio's webhooks. Nothing here talks to SMTP or Twilio.
 */
@Module({
  imports: [TypeOrmModule.forFeature(COMMS_ENTITIES), DirectoryModule, IncidentsModule],
  controllers: [BroadcastsController, PublicCommsController],
  providers: [
    { provide: CommsIncidents, useClass: IncidentsAdapter },
    BroadcastWriter,
    BroadcastEventsService,
    BroadcastsService,
    BroadcastPreviewService,
    BroadcastReads,
    AcknowledgementsService,
    SmsRepliesService,
    TwilioWebhooksService,
  ],
  exports: [BroadcastReads, BroadcastsService],
})
export class CommsModule {}
