import { INestApplicationContext } from '@nestjs/common';
import { AcknowledgementsService, BroadcastsService } from '@cordon/broadcasts';
import {
  DetectionsService,
  DirectivesService,
  IncidentLifecycleService,
  LanPlansService,
  LanTransitionsService,
} from '@cordon/incidents';
import { TaskClaimsService, TaskCompletionService } from '@cordon/tasks';

/**
 * The feature services the demo incident is played through: the very services the
 * HTTP controllers call, with the same arguments (the request bodies of
 * `@cordon/contracts`, the signed-in user).
 */
export interface DemoFeatureServices {
  lifecycle: IncidentLifecycleService;
  plans: LanPlansService;
  transitions: LanTransitionsService;
  directives: DirectivesService;
  claims: TaskClaimsService;
  completion: TaskCompletionService;
  broadcasts: BroadcastsService;
  acknowledgements: AcknowledgementsService;
  detections: DetectionsService;
}

/** The services, from the seed's application context (wherever their modules put them). */
export function demoFeatureServices(app: INestApplicationContext): DemoFeatureServices {
  const get = <T>(type: new (...args: never[]) => T): T => app.get(type, { strict: false });
  return {
    lifecycle: get(IncidentLifecycleService),
    plans: get(LanPlansService),
    transitions: get(LanTransitionsService),
    directives: get(DirectivesService),
    claims: get(TaskClaimsService),
    completion: get(TaskCompletionService),
    broadcasts: get(BroadcastsService),
    acknowledgements: get(AcknowledgementsService),
    detections: get(DetectionsService),
  };
}
