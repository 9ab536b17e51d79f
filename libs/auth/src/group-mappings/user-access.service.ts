import { Injectable } from '@nestjs/common';
import type { Role } from '@cordon/contracts';
import type { MappedAccess } from '@cordon/domain';
import type { SpineTransaction } from '@cordon/platform';
import { DIRECTORY_STREAM } from '../users.service';
import { UsersRepository } from '../users.repository';

export interface UserAccess {
  id: string;
  email: string;
  roles: Role[];
  departmentId: string | null;
}

const sameRoles = (a: readonly Role[], b: readonly Role[]): boolean =>
  a.length === b.length && a.every((role) => b.includes(role));

/**
 * Gives a user the roles and department their groups map to (`GroupMappingsService.resolve`),
 * inside the caller's transaction, with a `user.access_changed` event when anything
 * changed. Single sign-on calls it at every sign-in; directory sync when memberships change.
 */
@Injectable()
export class UserAccessService {
  constructor(private readonly users: UsersRepository) {}

  /** The user as they are after the refresh, and whether anything changed. */
  async refresh(
    tx: SpineTransaction,
    user: UserAccess,
    access: MappedAccess,
    source: 'sso' | 'directory',
  ): Promise<{ user: UserAccess; changed: boolean }> {
    const after = { roles: access.roles, departmentId: access.departmentId };
    if (sameRoles(user.roles, after.roles) && user.departmentId === after.departmentId)
      return { user, changed: false };
    await this.users.setAccess(tx.manager, user.id, after);
    tx.append(DIRECTORY_STREAM, 'user.access_changed', {
      userId: user.id,
      email: user.email,
      before: { roles: user.roles, departmentId: user.departmentId },
      after,
      source,
      groups: access.matchedGroups,
    });
    return { user: { ...user, ...after }, changed: true };
  }
}
