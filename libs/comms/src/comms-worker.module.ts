import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@cordon/auth';
import { DirectoryModule } from '@cordon/directory';
import { DirectiveSummaries, INCIDENT_ENTITIES, IncidentSummaries } from '@cordon/incidents';
import { DeviceRecordsService, INVENTORY_ENTITIES } from '@cordon/inventory';
import { TASK_ENTITIES } from '@cordon/tasks';
import { BroadcastEventsService } from './broadcast-events.service';
import { BroadcastWriter } from './broadcast-writer.service';
import { CommsIncidents } from './comms-incidents.port';
import { COMMS_ENTITIES } from './entities';
import { IncidentsAdapter } from './incidents-adapter';
import { CommsWorkers } from './jobs/comms-workers';
import { DeliveryStore } from './jobs/delivery-store';
import { EmailSendProcessor } from './jobs/email-send.processor';
import { EscalationProcessor } from './jobs/escalation.processor';
import { FanoutProcessor } from './jobs/fanout.processor';
import { ItuNotices } from './jobs/itu-notices';
import { MessageRenderer } from './jobs/message-renderer';
import { NotifyProcessor } from './jobs/notify.processor';
import { ProgressReporter } from './jobs/progress-reporter';
import { ScanProcessor } from './jobs/scan.processor';
import { SmsSendProcessor } from './jobs/sms-send.processor';
import { NoticesService } from './notices.service';

/**
 * Crisis communications, worker side: fan-out, email and SMS sends, escalation,
 * notices other features ask for, and the periodic scan. Needs the NotifyModule
 * (MailSender, SMS_SENDER) from the app.
 */
@Module({
  imports: [
    // the entities incident rows name in their foreign keys, so the metadata is complete
    TypeOrmModule.forFeature([
      ...COMMS_ENTITIES,
      ...INCIDENT_ENTITIES,
      ...TASK_ENTITIES,
      ...INVENTORY_ENTITIES,
    ]),
    DirectoryModule,
    AuthModule,
  ],
  providers: [
    IncidentSummaries,
    DirectiveSummaries,
    DeviceRecordsService,
    { provide: CommsIncidents, useClass: IncidentsAdapter },
    BroadcastWriter,
    BroadcastEventsService,
    NoticesService,
    DeliveryStore,
    MessageRenderer,
    ProgressReporter,
    FanoutProcessor,
    EmailSendProcessor,
    SmsSendProcessor,
    EscalationProcessor,
    ScanProcessor,
    NotifyProcessor,
    ItuNotices,
    CommsWorkers,
  ],
  exports: [NoticesService, ScanProcessor],
})
export class CommsWorkerModule {}
