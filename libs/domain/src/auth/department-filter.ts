import { departmentScope, ScopedUser } from './department-scope';
import { DomainError } from '../errors/domain-error';

/**
 * Which department a list may show a user: `null` means every department. An ITU
 * member always gets their own department; asking for another one is refused, and so
 * is a user who may read no department at all.
 */
export function readableDepartment(user: ScopedUser, requested?: string | null): string | null {
  const scope = departmentScope(user);
  if (scope.kind === 'all') return requested ?? null;
  if (scope.kind === 'none') {
    throw new DomainError(
      'forbidden',
      'Your roles give you no access to the directory or inventory',
    );
  }
  if (requested && requested !== scope.departmentId) {
    throw new DomainError('forbidden', 'That belongs to another department');
  }
  return scope.departmentId;
}
