import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@cordon/auth';
import { DirectoryModule } from '@cordon/directory';
import { InventoryModule } from '@cordon/inventory';
import { TasksModule } from '@cordon/tasks';
import { ActionTasksService } from './action-tasks.service';
import { DetectionAuthGuard } from './detection-auth.guard';
import { DetectionsController } from './detections.controller';
import { DetectionsService } from './detections.service';
import { DirectiveEscalationService } from './directive-escalation.service';
import { DirectiveSummaries } from './directive-summaries.service';
import { DirectivesController } from './directives.controller';
import { DirectivesService } from './directives.service';
import { INCIDENT_ENTITIES } from './entities';
import { FaultReportsController } from './fault-reports.controller';
import { FaultReportsService } from './fault-reports.service';
import { IncidentAccess } from './incident-access.service';
import { IncidentAuditController } from './incident-audit.controller';
import { IncidentAuditService } from './incident-audit.service';
import { IncidentLifecycleService } from './incident-lifecycle.service';
import { IncidentQueriesService } from './incident-queries.service';
import { IncidentSummaries } from './incident-summaries.service';
import { IncidentsController } from './incidents.controller';
import { LanPlansController } from './lan-plans.controller';
import { LanPlansService } from './lan-plans.service';
import { LanTransitionsService } from './lan-transitions.service';
import { PlanProgress } from './plan-progress.service';
import { PublicFaultReportsController } from './public-fault-reports.controller';
import { PublicStatus } from './public-status.service';
import { INCIDENT_REPOSITORIES } from './repositories';

/**
 * Incident command: incidents and their one owner, LAN plans (shut down, clean,
 * reopen behind the gate), directives, detections and fault reports. Registers the
 * tasks feature with the incident facts it needs.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(INCIDENT_ENTITIES),
    AuthModule,
    DirectoryModule,
    InventoryModule,
    TasksModule.register({ incidents: IncidentAccess }),
  ],
  controllers: [
    IncidentsController,
    IncidentAuditController,
    LanPlansController,
    DirectivesController,
    DetectionsController,
    FaultReportsController,
    PublicFaultReportsController,
  ],
  providers: [
    ...INCIDENT_REPOSITORIES,
    IncidentAccess,
    IncidentLifecycleService,
    IncidentQueriesService,
    IncidentAuditService,
    IncidentSummaries,
    DirectiveSummaries,
    PlanProgress,
    LanPlansService,
    LanTransitionsService,
    DirectivesService,
    DirectiveEscalationService,
    DetectionsService,
    DetectionAuthGuard,
    FaultReportsService,
    ActionTasksService,
    PublicStatus,
  ],
  exports: [
    PublicStatus,
    IncidentAccess,
    IncidentAuditService,
    IncidentLifecycleService,
    ActionTasksService,
    IncidentSummaries,
    DirectiveSummaries,
    DirectiveEscalationService,
    LanPlansService,
  ],
})
export class IncidentsModule {}
