// Every entity and migration of Cordon, for the migration tools and the test template.
import { AUTH_ENTITIES } from '@cordon/auth';
import { BROADCAST_ENTITIES } from '@cordon/broadcasts';
import { DELIVERY_ENTITIES } from '@cordon/delivery';
import { DIRECTORY_ENTITIES } from '@cordon/directory';
import { INCIDENT_ENTITIES } from '@cordon/incidents';
import { INVENTORY_ENTITIES } from '@cordon/inventory';
import { PATCHING_ENTITIES } from '@cordon/patching';
import { SPINE_ENTITIES } from '@cordon/platform';
import { REVIEW_ENTITIES } from '@cordon/reviews';
import { TASK_ENTITIES } from '@cordon/tasks';
import { MIGRATIONS } from '../../migrations';

export const ENTITIES = [
  ...SPINE_ENTITIES,
  ...AUTH_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...INVENTORY_ENTITIES,
  ...INCIDENT_ENTITIES,
  ...TASK_ENTITIES,
  ...BROADCAST_ENTITIES,
  ...DELIVERY_ENTITIES,
  ...REVIEW_ENTITIES,
  ...PATCHING_ENTITIES,
];
export { MIGRATIONS };
