import type { Role } from '@cordon/contracts';
import { DomainError } from '../errors/domain-error';

/** What part of the organisation a user may read: everything, one department, or nothing. */
export type DepartmentScope =
  { kind: 'all' } | { kind: 'department'; departmentId: string } | { kind: 'none' };

export interface ScopedUser {
  roles: readonly Role[];
  departmentId: string | null;
}

const SEES_EVERYTHING: readonly Role[] = ['admin', 'owner', 'command'];

export function departmentScope(user: ScopedUser): DepartmentScope {
  if (user.roles.some((role) => SEES_EVERYTHING.includes(role))) return { kind: 'all' };
  if (user.roles.includes('itu') && user.departmentId) {
    return { kind: 'department', departmentId: user.departmentId };
  }
  return { kind: 'none' };
}

export function canAccessDepartment(user: ScopedUser, departmentId: string | null): boolean {
  const scope = departmentScope(user);
  if (scope.kind === 'all') return true;
  return (
    scope.kind === 'department' && departmentId !== null && scope.departmentId === departmentId
  );
}

export function assertDepartmentAccess(user: ScopedUser, departmentId: string | null): void {
  if (!canAccessDepartment(user, departmentId)) {
    throw new DomainError('forbidden', 'That belongs to another department');
  }
}

export function hasAnyRole(user: ScopedUser, roles: readonly Role[]): boolean {
  return user.roles.includes('admin') || user.roles.some((role) => roles.includes(role));
}
