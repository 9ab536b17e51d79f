import { hasAnyRole, ScopedUser } from '../auth/department-scope';
import { DomainError } from '../errors/domain-error';

/**
 * Who may claim and complete a task: ITU members of the task's department, and command
 * staff (and admins) for any department. The owner directs; she does not claim.
 */
export function mayWorkOnTask(user: ScopedUser, departmentId: string): boolean {
  if (hasAnyRole(user, ['command'])) return true;
  return user.roles.includes('itu') && user.departmentId === departmentId;
}

export function assertMayWorkOnTask(user: ScopedUser, departmentId: string): void {
  if (mayWorkOnTask(user, departmentId)) return;
  if (user.roles.includes('itu') && user.departmentId) {
    throw new DomainError('forbidden', "That task belongs to another department's IT unit");
  }
  throw new DomainError(
    'forbidden',
    "Only ITU members of the task's department or command staff may work on a task",
  );
}
