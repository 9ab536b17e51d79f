import { Module } from '@nestjs/common';
import { AuthModule } from '@cordon/auth';
import { BroadcastsModule } from '@cordon/broadcasts';
import { DirectoryModule } from '@cordon/directory';
import { IncidentsModule } from '@cordon/incidents';
import { InventoryModule } from '@cordon/inventory';
import { ItuNoticesService } from './jobs/itu-notices.service';
import { NoticesWorkers } from './jobs/notices-workers';
import { NotifyProcessor } from './jobs/notify.processor';
import { UpdateRemindersProcessor } from './jobs/update-reminders.processor';
import { NoticesService } from './notices.service';

/**
 * Notices, worker side only: the messages other features ask for through the `notify`
 * queue (LAN phases, handovers, directives, isolations), and the owner's reminder
 * when an update to staff is overdue — each written as a broadcast, once.
 */
@Module({
  imports: [BroadcastsModule, AuthModule, DirectoryModule, IncidentsModule, InventoryModule],
  providers: [
    NoticesService,
    ItuNoticesService,
    NotifyProcessor,
    UpdateRemindersProcessor,
    NoticesWorkers,
  ],
  exports: [NoticesService],
})
export class NoticesModule {}
