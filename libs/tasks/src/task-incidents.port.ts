import type { EntityManager } from 'typeorm';
import type { IncidentStatus } from '@cordon/contracts';
import type { IncidentFacts } from '@cordon/domain';

/**
 * What the task rules need to know of a task's incident (its owner, its status). The
 * incidents feature provides it (`TasksModule.register`), so tasks never import
 * incidents: the dependency points one way.
 */
export abstract class TaskIncidents {
  abstract facts(
    manager: EntityManager,
    incidentId: string,
  ): Promise<(IncidentFacts & { status: IncidentStatus }) | null>;
}
