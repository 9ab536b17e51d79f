import { DetectionRepository } from './detection.repository';
import { DirectiveRepository } from './directive.repository';
import { FaultReportRepository } from './fault-report.repository';
import { IncidentTimelineRepository } from './incident-timeline.repository';
import { IncidentRepository } from './incident.repository';
import { LanPlanRepository } from './lan-plan.repository';

/** Where the incident feature's SQL lives: one repository per aggregate. */
export const INCIDENT_REPOSITORIES = [
  IncidentRepository,
  IncidentTimelineRepository,
  LanPlanRepository,
  DirectiveRepository,
  DetectionRepository,
  FaultReportRepository,
];
