import type { TaskStatus } from '@cordon/contracts';
import { DomainError } from '../errors/domain-error';

/**
 * A task's life: open → claimed → done → verified, with the ways back. The table is
 * the rule; `decideTaskChange` turns it into the decision a repository applies with
 * one conditional UPDATE guarded by the state it was decided on, so a transition
 * happens in SQL only from a status the table allows.
 */
export const TASK_COMMANDS = [
  'claim',
  'unclaim',
  'complete',
  'verify',
  'reopen',
  'reassign',
  'cancel',
] as const;
export type TaskCommand = (typeof TASK_COMMANDS)[number];

export interface TaskTransition {
  from: readonly TaskStatus[];
  /**
   * `by_assignment`: claimed when given to a person, open when moved to another
   * department's queue, unchanged when only the due time moves.
   */
  to: TaskStatus | 'by_assignment';
}

export const TASK_TRANSITIONS: Readonly<Record<TaskCommand, TaskTransition>> = {
  claim: { from: ['open'], to: 'claimed' },
  unclaim: { from: ['claimed'], to: 'open' },
  // an open task may be claimed and completed in one step by whoever may claim it
  complete: { from: ['open', 'claimed'], to: 'done' },
  verify: { from: ['done'], to: 'verified' },
  reopen: { from: ['done', 'verified', 'cancelled'], to: 'open' },
  reassign: { from: ['open', 'claimed'], to: 'by_assignment' },
  cancel: { from: ['open', 'claimed'], to: 'cancelled' },
};

/** A new task waits in its department's queue. */
export const NEW_TASK_STATUS: TaskStatus = 'open';

/** Tasks that still need someone's work. */
export const LIVE_TASK_STATUSES: readonly TaskStatus[] = ['open', 'claimed'];

/** Work finished (a device found infected again reopens its finished cleanup). */
export const FINISHED_TASK_STATUSES: readonly TaskStatus[] = ['done', 'verified'];

export interface TaskState {
  status: TaskStatus;
  claimedById: string | null;
  claimedByName?: string | null;
  departmentId?: string;
}

/** The task is claimed, by this actor: a claim again is idempotent. */
export const isClaimedBy = (state: TaskState, actorId: string | undefined): boolean =>
  state.status === 'claimed' && actorId !== undefined && state.claimedById === actorId;

/**
 * The next status of a task for a command, or the refusal. A claim of a task someone
 * holds is `already_claimed`; completing a task another person claimed is too.
 */
export function decideTask(
  state: TaskState,
  command: TaskCommand,
  options: { actorId?: string; toUserId?: string | null; departmentId?: string } = {},
): TaskStatus {
  const rule = TASK_TRANSITIONS[command];
  // claiming what you hold already changes nothing (the service answers it as it is)
  if (command === 'claim' && isClaimedBy(state, options.actorId)) return 'claimed';
  // a claim of a task someone else holds is refused: exactly one claimer succeeds
  const held =
    state.status === 'claimed' && (command === 'claim' || state.claimedById !== options.actorId);
  if ((command === 'claim' || command === 'complete') && held) {
    throw new DomainError(
      'already_claimed',
      `This task is already claimed${state.claimedByName ? ` by ${state.claimedByName}` : ''}`,
      {
        claimedBy: state.claimedById
          ? { id: state.claimedById, name: state.claimedByName ?? null }
          : null,
      },
    );
  }
  if (!rule.from.includes(state.status)) {
    throw new DomainError(
      'invalid_transition',
      `A ${state.status} task cannot be ${pastTense(command)}`,
      // never `status` or `code`: extras are spread into the problem+json body
      { taskStatus: state.status, allowedFrom: rule.from },
    );
  }
  if (rule.to !== 'by_assignment') return rule.to;
  if (options.toUserId) return 'claimed';
  const moved = options.departmentId !== undefined && options.departmentId !== state.departmentId;
  // a new due time alone leaves the work with whoever holds it
  return moved ? 'open' : state.status;
}

function pastTense(command: TaskCommand): string {
  return {
    claim: 'claimed',
    unclaim: 'unclaimed',
    complete: 'completed',
    verify: 'verified',
    reopen: 'reopened',
    reassign: 'reassigned',
    cancel: 'cancelled',
  }[command];
}

/** A task is overdue when it has a due time in the past and still needs work. */
export const isTaskOverdue = (
  task: { status: TaskStatus; dueAt: Date | null },
  now: Date,
): boolean =>
  task.dueAt !== null &&
  LIVE_TASK_STATUSES.includes(task.status) &&
  task.dueAt.getTime() < now.getTime();
