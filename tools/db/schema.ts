// Every entity and migration of Cordon, for the migration tools and the test template.
import { UserEntity } from '@cordon/auth';
import { SPINE_ENTITIES } from '@cordon/platform';
import { MIGRATIONS } from '../../migrations';

export const ENTITIES = [...SPINE_ENTITIES, UserEntity];
export { MIGRATIONS };
