import { departmentScope, ScopedUser } from '../auth/department-scope';
import { DomainError } from '../errors/domain-error';
import { invalidField } from '../errors/invalid-field';

/** One addressed department's side of a directive. */
export interface DirectiveRecipient {
  departmentId: string;
  acknowledgedAt: Date | null;
  escalatedAt: Date | null;
}

export interface DirectiveProgress {
  acknowledged: number;
  pending: number;
  overdue: number;
}

/** Who has and has not acknowledged; overdue = not acknowledged by the due time. */
export function directiveProgress(
  recipients: readonly DirectiveRecipient[],
  dueAt: Date,
  now: Date,
): DirectiveProgress {
  const acknowledged = recipients.filter((r) => r.acknowledgedAt !== null).length;
  const pending = recipients.length - acknowledged;
  return { acknowledged, pending, overdue: now.getTime() > dueAt.getTime() ? pending : 0 };
}

/**
 * An acknowledgement is due from a department and not given by the due time, and it has
 * not been escalated yet: it escalates, once.
 */
export const needsEscalation = (recipient: DirectiveRecipient, dueAt: Date, now: Date): boolean =>
  recipient.acknowledgedAt === null &&
  recipient.escalatedAt === null &&
  now.getTime() > dueAt.getTime();

/** A department acknowledges through any of its ITU members, and only its own. */
export function assertMayAcknowledge(user: ScopedUser, departmentIds: readonly string[]): string {
  const scope = departmentScope(user);
  if (!user.roles.includes('itu') || scope.kind !== 'department') {
    throw new DomainError('forbidden', 'Only an ITU member acknowledges for their department');
  }
  if (!departmentIds.includes(scope.departmentId)) {
    throw new DomainError('forbidden', 'This directive is not addressed to your department');
  }
  return scope.departmentId;
}

/** A directive is issued with a due time still ahead. */
export function assertDueAhead(dueAt: Date, now: Date): void {
  if (dueAt.getTime() <= now.getTime()) {
    throw invalidField('dueAt', 'must be in the future');
  }
}
