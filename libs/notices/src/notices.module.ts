import { Module } from '@nestjs/common';
import { AuthModule } from '@cordon/auth';
import { BroadcastsModule } from '@cordon/broadcasts';
import { QUEUES } from '@cordon/contracts';
import { DirectoryModule } from '@cordon/directory';
import { IncidentsModule } from '@cordon/incidents';
import { InventoryModule } from '@cordon/inventory';
import { QueueWorkersModule } from '@cordon/platform';
import { ItuNoticesService } from './jobs/itu-notices.service';
import { NotifyProcessor } from './jobs/notify.processor';
import { UpdateRemindersProcessor } from './jobs/update-reminders.processor';
import { NoticesService } from './notices.service';

/**
 * Notices, worker side only: the messages other features ask for through the `notify`
 * queue (LAN phases, handovers, directives, isolations), and the owner's reminder
 * when an update to staff is overdue — each written as a broadcast, once.
 */
@Module({
  imports: [
    ...QueueWorkersModule.processing(QUEUES.notify, QUEUES.updateReminders),
    BroadcastsModule,
    AuthModule,
    DirectoryModule,
    IncidentsModule,
    InventoryModule,
  ],
  providers: [NoticesService, ItuNoticesService, NotifyProcessor, UpdateRemindersProcessor],
  exports: [NoticesService],
})
export class NoticesModule {}
