import { GroupMappingEntity } from '../group-mappings/group-mapping.entity';
import { UserIdentityEntity } from '../oidc/user-identity.entity';
import { UserEntity } from './user.entity';

/** Every table of auth: users, their provider accounts, the group → role mapping. */
export const AUTH_ENTITIES = [UserEntity, UserIdentityEntity, GroupMappingEntity];
