import { DynamicModule, Module } from '@nestjs/common';
import { CommsWorkerModule } from '@cordon/comms';
import { IncidentJobsModule } from '@cordon/incidents';
import { AppConfig, NotifyModule, PlatformModule } from '@cordon/platform';
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
        CommsWorkerModule,
      ],
      providers: [RelayRunner],
    };
  }
}
