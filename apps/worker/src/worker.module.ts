import { DynamicModule, Module } from '@nestjs/common';
import { DeliveryJobsModule } from '@cordon/delivery';
import { DirectoryJobsModule } from '@cordon/directory';
import { IncidentJobsModule } from '@cordon/incidents';
import { NoticesModule } from '@cordon/notices';
import { PlanAttachmentsModule } from '@cordon/reports';
import { ReviewJobsModule } from '@cordon/reviews';
import { AppConfig, NotifyModule, PlatformModule } from '@cordon/platform';
import { WarpJobsModule } from '@cordon/warp';
import { RelayRunner } from './relay-runner';

/** The worker: no HTTP, only the outbox relay and the queue processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config),
        NotifyModule,
        IncidentJobsModule,
        DeliveryJobsModule,
        NoticesModule,
        PlanAttachmentsModule,
        WarpJobsModule,
        ReviewJobsModule,
        DirectoryJobsModule,
      ],
      providers: [RelayRunner],
    };
  }
}
