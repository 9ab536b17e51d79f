import { Module } from '@nestjs/common';
import { AuthModule } from '@cordon/auth';
import { DirectoryModule } from '@cordon/directory';
import { IncidentAccess, IncidentsModule } from '@cordon/incidents';
import { TasksModule } from '@cordon/tasks';
import { PrintablePlans } from './printable-plans.service';

/**
 * The printable plan without a route: imported by the reports module (api) and by the
 * plan attachments of the owner's reminder (worker).
 */
@Module({
  imports: [
    AuthModule,
    DirectoryModule,
    IncidentsModule,
    TasksModule.register({ incidents: IncidentAccess }),
  ],
  providers: [PrintablePlans],
  exports: [PrintablePlans],
})
export class PrintablePlanModule {}
