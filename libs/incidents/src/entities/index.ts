import { DetectionEntity } from './detection.entity';
import { DirectiveDepartmentEntity, DirectiveEntity } from './directive.entity';
import { FaultReportEntity } from './fault-report.entity';
import { DeviceWaiverEntity, IncidentLanEntity } from './incident-lan.entity';
import { IncidentCounterEntity, IncidentDepartmentEntity, IncidentEntity } from './incident.entity';

export {
  DetectionEntity,
  DeviceWaiverEntity,
  DirectiveDepartmentEntity,
  DirectiveEntity,
  FaultReportEntity,
  IncidentCounterEntity,
  IncidentDepartmentEntity,
  IncidentEntity,
  IncidentLanEntity,
};

export const INCIDENT_ENTITIES = [
  IncidentEntity,
  IncidentCounterEntity,
  IncidentDepartmentEntity,
  IncidentLanEntity,
  DeviceWaiverEntity,
  DirectiveEntity,
  DirectiveDepartmentEntity,
  DetectionEntity,
  FaultReportEntity,
];
