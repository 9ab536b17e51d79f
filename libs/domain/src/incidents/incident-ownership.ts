import type { Role } from '@cordon/contracts';
import { invalidField } from '../errors/invalid-field';

/**
 * Who may own an incident: the one rule for declaring an owner, handing over and
 * listing whom an owner could hand over to. An active user with the owner or command
 * role, or an admin (who holds every role).
 */
export const OWNER_ROLES: readonly Role[] = ['owner', 'command', 'admin'];

export interface OwnerCandidate {
  roles: readonly Role[];
  active: boolean;
}

export const mayOwnIncident = (user: OwnerCandidate | null): boolean =>
  user !== null && user.active && user.roles.some((role) => OWNER_ROLES.includes(role));

export const MAY_NOT_OWN = 'must be an active user with the owner or command role';

/** Refuses (400 naming `field`) a user who may not own; unknown users are null. */
export function assertMayOwnIncident<T extends OwnerCandidate>(
  user: T | null,
  field: string,
): asserts user is T {
  if (!mayOwnIncident(user)) throw invalidField(field, MAY_NOT_OWN);
}
