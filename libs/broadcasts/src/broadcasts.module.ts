import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@cordon/directory';
import { IncidentsModule } from '@cordon/incidents';
import { AckLinksController } from './ack-links.controller';
import { AcknowledgementRepository } from './acknowledgement.repository';
import { AcknowledgementsService } from './acknowledgements.service';
import { BroadcastEventsService } from './broadcast-events.service';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { BroadcastPreviewService } from './broadcast-preview.service';
import { BroadcastReadsRepository } from './broadcast-reads.repository';
import { BroadcastReadsService } from './broadcast-reads.service';
import { BroadcastRepository } from './broadcast.repository';
import { BroadcastWriterRepository } from './broadcast-writer.repository';
import { BroadcastWriterService } from './broadcast-writer.service';
import { BroadcastsController } from './broadcasts.controller';
import { BroadcastsService } from './broadcasts.service';
import { BROADCAST_ENTITIES } from './entities';
import { IncidentsAdapter } from './incidents-adapter';
import { UnreachableStaffService } from './unreachable-staff.service';

/**
 * Broadcasts: written (one delivery per recipient and channel, the fan-out queued
 * through the outbox), previewed, read with their progress, and acknowledged by link
 * or by hand. Nothing here talks to SMTP or Twilio: the delivery feature sends, and
 * the notices feature writes its notices through `BroadcastWriterService`.
 */
@Module({
  imports: [TypeOrmModule.forFeature(BROADCAST_ENTITIES), DirectoryModule, IncidentsModule],
  controllers: [BroadcastsController, AckLinksController],
  providers: [
    { provide: BroadcastIncidents, useClass: IncidentsAdapter },
    BroadcastRepository,
    BroadcastReadsRepository,
    AcknowledgementRepository,
    BroadcastWriterRepository,
    BroadcastWriterService,
    UnreachableStaffService,
    BroadcastEventsService,
    BroadcastsService,
    BroadcastPreviewService,
    BroadcastReadsService,
    AcknowledgementsService,
  ],
  exports: [
    BroadcastIncidents,
    BroadcastWriterService,
    BroadcastEventsService,
    BroadcastReadsService,
    BroadcastsService,
    AcknowledgementsService,
  ],
})
export class BroadcastsModule {}
