export * from './incidents.module';
export * from './incident-access.service';
export * from './incident-summaries.service';
export * from './incident-lifecycle.service';
export * from './directive-escalation.service';
export * from './jobs/incident-jobs.module';
export * from './jobs/directive-escalation.processor';
export * from './notify-outbox';
export { INCIDENT_ENTITIES } from './entities';
