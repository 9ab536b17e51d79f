import { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type {
  AcknowledgementView,
  ActorRef,
  AddLansRequest,
  BroadcastAccepted,
  CompleteTaskRequest,
  CreateBroadcastRequest,
  CreateDirectiveRequest,
  DetectionRequest,
  DetectionView,
  DirectiveView,
  LanPlanView,
  LanTransitionRequest,
  Page,
  TaskView,
} from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { IncidentLifecycleService } from '@cordon/incidents';

/**
 * The methods of the feature services the demo incident is played through: the very
 * services the HTTP controllers call, with the same arguments (the request bodies of
 * `@cordon/contracts`, the signed-in user).
 */
export interface DemoFeatureServices {
  lifecycle: IncidentLifecycleService;
  plans: {
    add(incidentId: string, dto: AddLansRequest, user: AuthUser): Promise<Page<LanPlanView>>;
    list(incidentId: string, query: { limit?: number }, user: AuthUser): Promise<Page<LanPlanView>>;
  };
  transitions: {
    transition(
      incidentId: string,
      lanId: string,
      dto: LanTransitionRequest,
      user: AuthUser,
    ): Promise<LanPlanView>;
  };
  directives: {
    issue(incidentId: string, dto: CreateDirectiveRequest, user: AuthUser): Promise<DirectiveView>;
    acknowledge(directiveId: string, user: AuthUser): Promise<DirectiveView>;
  };
  claims: { claim(taskId: string, user: AuthUser): Promise<TaskView> };
  completion: {
    complete(taskId: string, dto: CompleteTaskRequest, user: AuthUser): Promise<TaskView>;
  };
  broadcasts: {
    create(
      incidentId: string,
      dto: CreateBroadcastRequest,
      idempotencyKey: string,
      user: AuthUser,
    ): Promise<BroadcastAccepted>;
  };
  acknowledgements: {
    byToken(token: string): Promise<AcknowledgementView>;
    byHand(
      broadcastId: string,
      dto: { staffId: string; note?: string },
      user: AuthUser,
    ): Promise<AcknowledgementView>;
  };
  detections: { record(dto: DetectionRequest, actor: ActorRef): Promise<DetectionView> };
}

/** The class each service is registered as in the feature modules. */
const SERVICE_NAMES: Record<Exclude<keyof DemoFeatureServices, 'lifecycle'>, string> = {
  plans: 'LanPlansService',
  transitions: 'LanTransitionsService',
  directives: 'DirectivesService',
  claims: 'TaskClaimsService',
  completion: 'TaskCompletionService',
  broadcasts: 'BroadcastsService',
  acknowledgements: 'AcknowledgementsService',
  detections: 'DetectionsService',
};

/**
 * Finds the services in the seed's application context. Most of them are internal to
 * their feature (not exported by its `index.ts`), so they are looked up by class name
 * among the context's providers; a renamed or missing one fails the seed at once, by
 * name, and the seed's int-spec with it.
 */
export function demoFeatureServices(app: INestApplicationContext): DemoFeatureServices {
  const providers = new Map<string, unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      if (typeof wrapper.token === 'function' && wrapper.instance && !providers.has(wrapper.name))
        providers.set(String(wrapper.name), wrapper.instance);
    }
  }
  const found = Object.fromEntries(
    Object.entries(SERVICE_NAMES).map(([key, name]) => {
      const instance = providers.get(name);
      if (!instance) throw new Error(`the demo seed needs ${name}, which no module provides`);
      return [key, instance];
    }),
  );
  return {
    ...(found as Omit<DemoFeatureServices, 'lifecycle'>),
    lifecycle: app.get(IncidentLifecycleService),
  };
}
