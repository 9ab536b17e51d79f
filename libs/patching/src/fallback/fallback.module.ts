import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@cordon/auth';
import { IncidentAccess, IncidentsModule } from '@cordon/incidents';
import { InventoryModule } from '@cordon/inventory';
import { TasksModule } from '@cordon/tasks';
import { PatchFailureIncidents } from '../campaigns/campaign-failure.port';
import { CriticalServiceRepository } from './critical-service.repository';
import { CriticalServicesController } from './critical-services.controller';
import { CriticalServicesService } from './critical-services.service';
import { FALLBACK_ENTITIES } from './entities';
import { FallbackAttachmentsService } from './fallback-attachments.service';
import { FallbackIncidentRepository } from './fallback-incident.repository';
import { FallbackIncidentsService } from './fallback-incidents.service';

/**
 * Critical services and their fall-back plans, and the incident a failed patch on a
 * live server opens with its plan attached. The campaigns side asks for it through
 * `PatchFailureIncidents` (exported here).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(FALLBACK_ENTITIES),
    AuthModule,
    IncidentsModule,
    InventoryModule,
    TasksModule.register({ incidents: IncidentAccess }),
  ],
  controllers: [CriticalServicesController],
  providers: [
    CriticalServiceRepository,
    FallbackIncidentRepository,
    CriticalServicesService,
    FallbackAttachmentsService,
    FallbackIncidentsService,
    { provide: PatchFailureIncidents, useExisting: FallbackIncidentsService },
  ],
  exports: [PatchFailureIncidents, FallbackIncidentsService, CriticalServicesService],
})
export class FallbackModule {}
