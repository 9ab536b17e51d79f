import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { DirectorySyncAccessChange } from '@cordon/contracts';
import { GroupMappingsService, UserAccess, UserAccessService, UsersService } from '@cordon/auth';
import { DirectoryEntry, MappedAccess, normaliseEmail } from '@cordon/domain';
import type { SpineTransaction } from '@cordon/platform';

export interface AccessChange {
  user: UserAccess;
  access: MappedAccess;
}

const sameAccess = (user: UserAccess, access: MappedAccess): boolean =>
  user.departmentId === access.departmentId &&
  user.roles.length === access.roles.length &&
  user.roles.every((role) => access.roles.includes(role));

/**
 * Users' roles from their directory groups, after the staff: each active user whose
 * email is an accepted entry's gets what the entry's groups map to (libs/auth's identity
 * group mappings, the rule single sign-on applies), through `UserAccessService` (one
 * `user.access_changed` event each). A user none of whose groups is mapped is left alone,
 * so break-glass admins outside the directory's groups keep their access.
 */
@Injectable()
export class DirectoryAccess {
  constructor(
    private readonly users: UsersService,
    private readonly mappings: GroupMappingsService,
    private readonly access: UserAccessService,
  ) {}

  async changes(
    entries: DirectoryEntry[],
    refusedDns: ReadonlySet<string>,
    manager: EntityManager,
  ): Promise<AccessChange[]> {
    const groupsByEmail = new Map<string, string[]>();
    for (const entry of entries) {
      const email = entry.mail && !refusedDns.has(entry.dn) ? normaliseEmail(entry.mail) : null;
      if (email) groupsByEmail.set(email, entry.groups);
    }
    const users = await this.users.accessByEmails([...groupsByEmail.keys()], manager);
    const changes: AccessChange[] = [];
    for (const user of users) {
      const access = await this.mappings.resolve(groupsByEmail.get(user.email) ?? [], manager);
      if (access && !sameAccess(user, access)) changes.push({ user, access });
    }
    return changes;
  }

  async apply(tx: SpineTransaction, changes: AccessChange[]): Promise<void> {
    for (const { user, access } of changes)
      await this.access.refresh(tx, user, access, 'directory');
  }
}

/** A change as the report lists it. */
export const accessLine = ({ user, access }: AccessChange): DirectorySyncAccessChange => ({
  email: user.email,
  before: { roles: user.roles, departmentId: user.departmentId },
  after: { roles: access.roles, departmentId: access.departmentId },
  groups: access.matchedGroups,
});
