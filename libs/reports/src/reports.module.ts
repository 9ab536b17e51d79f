import { Module } from '@nestjs/common';
import { AuthModule } from '@cordon/auth';
import { IncidentsModule } from '@cordon/incidents';
import { IncidentMetrics } from './incident-metrics.service';
import { IncidentReports } from './incident-reports.service';
import { PlansController } from './plans.controller';
import { PrintablePlanModule } from './printable-plan.module';
import { ReportEventsRepository } from './report-events.repository';
import { ReportsController } from './reports.controller';

/**
 * Incident reports and metrics across incidents, computed from the event log alone, and
 * the printable plan (from the current state).
 * Exports `IncidentReports` for features that embed a report (reviews, evidence packs).
 */
@Module({
  imports: [AuthModule, IncidentsModule, PrintablePlanModule],
  controllers: [ReportsController, PlansController],
  providers: [ReportEventsRepository, IncidentReports, IncidentMetrics],
  exports: [IncidentReports],
})
export class ReportsModule {}
