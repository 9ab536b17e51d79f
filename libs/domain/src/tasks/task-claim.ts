import type { ScopedUser } from '../auth/department-scope';
import { hasAnyRole } from '../auth/department-scope';
import type { TaskDecision, TaskPerson } from './task-decision';
import { TASK_TRANSITIONS } from './task-lifecycle';

/**
 * Where a user may work on tasks (`mayWorkOnTask` for every department at once): any
 * department (command staff and admins), their own (an ITU member), or none.
 */
export type TaskWorkScope = { kind: 'all' } | { kind: 'department'; departmentId: string } | null;

export function taskWorkScope(user: ScopedUser): TaskWorkScope {
  if (hasAnyRole(user, ['command'])) return { kind: 'all' };
  if (user.roles.includes('itu') && user.departmentId) {
    return { kind: 'department', departmentId: user.departmentId };
  }
  return null;
}

/**
 * A claim decided before the task is read: the one write a claimer may make on any
 * task, guarded by everything the rules ask of it — open (the transition table's
 * `claim.from`), and in a department the claimer may work in. A claim the guard stops
 * is answered from the task as it is then (`decideTaskChange`, `assertMayWorkOnTask`):
 * held by the claimer already (the same answer again), claimed by someone else
 * (`already_claimed`, naming them), another department's (`forbidden`), or none.
 * `null` when the claimer may work on no department's tasks: nothing to try.
 */
export function decideClaimUnread(actor: TaskPerson, scope: TaskWorkScope): TaskDecision | null {
  if (!scope) return null;
  const { from, to } = TASK_TRANSITIONS.claim;
  return {
    command: 'claim',
    to: to as TaskDecision['to'],
    expect: {
      statuses: from,
      ...(scope.kind === 'department' ? { departmentId: scope.departmentId } : {}),
    },
    claim: { take: actor },
    completion: 'keep',
    verification: 'keep',
  };
}
