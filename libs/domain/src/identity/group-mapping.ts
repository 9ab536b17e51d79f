import type { Role } from '@cordon/contracts';
import { invalidField } from '../errors/invalid-field';

/**
 * Roles from most to least privileged. The order decides which matched mapping gives a
 * user their department when several name one.
 */
export const ROLE_PRECEDENCE: readonly Role[] = ['admin', 'owner', 'command', 'itu', 'staff'];

/** One row of the mapping the admin edits: members of `group` get `role` (and a department). */
export interface GroupMapping {
  group: string;
  role: Role;
  departmentId: string | null;
}

/** What a user's groups give them: roles (most privileged first), a department, and why. */
export interface MappedAccess {
  roles: Role[];
  departmentId: string | null;
  /** The groups that matched, as the mapping spells them, in mapping order. */
  matchedGroups: string[];
}

export const MAX_GROUP_LENGTH = 256;

/** Group names compare trimmed and case-insensitively (Entra sends object ids in any case). */
export const groupKey = (group: string): string => group.trim().toLowerCase();

const rank = (role: Role): number => ROLE_PRECEDENCE.indexOf(role);

const byPrecedence = (a: GroupMapping, b: GroupMapping): number =>
  rank(a.role) - rank(b.role) || groupKey(a.group).localeCompare(groupKey(b.group));

/**
 * The access a set of provider groups maps to, or null when none of them is mapped (the
 * user is refused). The rule, applied on every sign-in (and by directory sync):
 *  - every mapping whose group the user is in applies: the user holds the union of their
 *    roles (a member of "Cordon Command" and "ITU Social Care" is command and itu);
 *  - the department is that of the most privileged matched mapping that names one
 *    (ROLE_PRECEDENCE: admin, owner, command, itu, staff); between mappings of the same
 *    role, the group name first in alphabetical order wins, so the answer never depends
 *    on the order rows were added or groups were sent;
 *  - no department when no matched mapping names one.
 */
export function mapGroups(
  groups: readonly string[],
  mappings: readonly GroupMapping[],
): MappedAccess | null {
  const held = new Set(groups.map(groupKey));
  const matched = mappings.filter((m) => held.has(groupKey(m.group)));
  if (matched.length === 0) return null;
  const roles = ROLE_PRECEDENCE.filter((role) => matched.some((m) => m.role === role));
  const withDepartment = [...matched].sort(byPrecedence).find((m) => m.departmentId !== null);
  const matchedGroups: string[] = [];
  for (const m of matched) if (!matchedGroups.includes(m.group)) matchedGroups.push(m.group);
  return { roles, departmentId: withDepartment?.departmentId ?? null, matchedGroups };
}

/**
 * A new mapping, trimmed, or a 400 naming the field: the group is 1–256 characters, an
 * ITU mapping names the department whose IT unit it is (an ITU member sees only theirs).
 */
export function checkGroupMapping(input: GroupMapping): GroupMapping {
  const group = input.group.trim();
  if (group.length === 0) throw invalidField('group', 'must not be empty');
  if (group.length > MAX_GROUP_LENGTH)
    throw invalidField('group', `must be at most ${MAX_GROUP_LENGTH} characters`);
  if (!ROLE_PRECEDENCE.includes(input.role)) throw invalidField('role', 'is not a role');
  if (input.role === 'itu' && input.departmentId === null)
    throw invalidField('departmentId', 'an itu mapping needs the department of its IT unit');
  return { group, role: input.role, departmentId: input.departmentId };
}
