import { Module } from '@nestjs/common';
import { AuthModule } from '@cordon/auth';
import { IncidentsModule } from '@cordon/incidents';
import { IncidentMetrics } from './incident-metrics.service';
import { IncidentReports } from './incident-reports.service';
import { ReportEventsRepository } from './report-events.repository';
import { ReportsController } from './reports.controller';

/**
 * Incident reports and metrics across incidents, computed from the event log alone.
 * Exports `IncidentReports` for features that embed a report (reviews, evidence packs).
 */
@Module({
  imports: [AuthModule, IncidentsModule],
  controllers: [ReportsController],
  providers: [ReportEventsRepository, IncidentReports, IncidentMetrics],
  exports: [IncidentReports],
})
export class ReportsModule {}
