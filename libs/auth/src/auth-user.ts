import type { ActorRef, Role, UserView } from '@cordon/contracts';
import type { UserEntity } from './entities/user.entity';

/** The authenticated caller, as guards put it on the request. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
}

export const toAuthUser = (user: UserEntity): AuthUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: user.roles,
  departmentId: user.departmentId,
});

export const toUserView = (user: AuthUser): UserView => ({ ...user });

export const actorOf = (user: AuthUser): ActorRef => ({
  id: user.id,
  name: user.name,
  kind: 'user',
});
