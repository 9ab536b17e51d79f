import type { TaskEvidence, TaskStatus } from '@cordon/contracts';
import {
  decideTask,
  isClaimedBy,
  TASK_TRANSITIONS,
  TaskCommand,
  TaskState,
} from './task-lifecycle';

/** A person as a task records them (claimer, completer, verifier). */
export interface TaskPerson {
  id: string;
  name: string;
}

/** A command with what it carries, as a service hands it to `decideTaskChange`. */
export type TaskRequest =
  | { command: 'claim'; actor: TaskPerson }
  | { command: 'unclaim' }
  | { command: 'complete'; actor: TaskPerson; evidence: TaskEvidence | null; note: string | null }
  | { command: 'verify'; actor: TaskPerson }
  | { command: 'reopen' }
  | { command: 'reassign'; toUser: TaskPerson | null; departmentId: string; dueAt: Date | null }
  | { command: 'cancel' };

/**
 * What must still hold of the row when the decision is written: the parts of the state
 * it was decided on. A row that moved on since is left alone (someone got there first).
 */
export interface TaskExpectation {
  statuses: readonly TaskStatus[];
  /** Held by exactly this person (null: by nobody). */
  claimedById?: string | null;
  /** Held by nobody or by this person. */
  claimedByOrFree?: string;
  /** Still in the department the caller's right to act was checked against. */
  departmentId?: string;
}

/** The claim after the change: as it is, released, or taken (kept with its time if the same person held it). */
export type TaskClaimChange = 'keep' | 'clear' | { take: TaskPerson };
/** The completion after the change: as it is, erased (evidence too), or recorded. */
export type TaskCompletionChange =
  'keep' | 'clear' | { by: TaskPerson; evidence: TaskEvidence | null; note: string | null };
export type TaskVerificationChange = 'keep' | 'clear' | { by: TaskPerson };

/** The domain's decision for one command: everything a repository writes, nothing it decides. */
export interface TaskDecision {
  command: TaskCommand;
  to: TaskStatus;
  expect: TaskExpectation;
  claim: TaskClaimChange;
  completion: TaskCompletionChange;
  verification: TaskVerificationChange;
  /** Reassign only: the department and due time the task has now. */
  assignment?: { departmentId: string; dueAt: Date | null };
}

const UNCHANGED = { claim: 'keep', completion: 'keep', verification: 'keep' } as const;

/**
 * Decides a command on a task as it was read: the refusal (a coded `DomainError`), or
 * the change to write, guarded by the state it was decided on. `null` when there is
 * nothing to change (claiming a task you hold already: answer it as it is).
 */
export function decideTaskChange(
  state: TaskState & { departmentId: string },
  request: Extract<TaskRequest, { command: 'claim' }>,
): TaskDecision | null;
export function decideTaskChange(
  state: TaskState & { departmentId: string },
  request: Exclude<TaskRequest, { command: 'claim' }>,
): TaskDecision;
export function decideTaskChange(
  state: TaskState & { departmentId: string },
  request: TaskRequest,
): TaskDecision | null;
export function decideTaskChange(
  state: TaskState & { departmentId: string },
  request: TaskRequest,
): TaskDecision | null {
  const { command } = request;
  const from = TASK_TRANSITIONS[command].from;
  switch (request.command) {
    case 'claim': {
      if (isClaimedBy(state, request.actor.id)) return null;
      const to = decideTask(state, command, { actorId: request.actor.id });
      const expect = { statuses: from, departmentId: state.departmentId };
      return { command, to, expect, ...UNCHANGED, claim: { take: request.actor } };
    }
    case 'unclaim': {
      const to = decideTask(state, command);
      // the claim seen is the one released, not one taken since
      const expect = { statuses: from, claimedById: state.claimedById };
      return { command, to, expect, ...UNCHANGED, claim: 'clear' };
    }
    case 'complete': {
      const { actor, evidence, note } = request;
      const to = decideTask(state, command, { actorId: actor.id });
      // an open task is claimed and completed in one step by whoever completes it
      const expect = {
        statuses: from,
        claimedByOrFree: actor.id,
        departmentId: state.departmentId,
      };
      const completion = { by: actor, evidence, note };
      return { command, to, expect, ...UNCHANGED, claim: { take: actor }, completion };
    }
    case 'verify': {
      const to = decideTask(state, command);
      return {
        command,
        to,
        expect: { statuses: from },
        ...UNCHANGED,
        verification: { by: request.actor },
      };
    }
    case 'reopen': {
      const to = decideTask(state, command);
      return {
        command,
        to,
        expect: { statuses: from },
        claim: 'clear',
        completion: 'clear',
        verification: 'clear',
      };
    }
    case 'reassign': {
      const { toUser, departmentId, dueAt } = request;
      const to = decideTask(state, command, { toUserId: toUser?.id ?? null, departmentId });
      // optimistic: refused if the task was claimed or released since it was read
      const expect = { statuses: [state.status], claimedById: state.claimedById };
      // moved to another queue: the holder lets go; a new due time alone keeps the claim
      const claim: TaskClaimChange = toUser
        ? { take: toUser }
        : to === state.status
          ? 'keep'
          : 'clear';
      return { command, to, expect, ...UNCHANGED, claim, assignment: { departmentId, dueAt } };
    }
    case 'cancel':
      decideTask(state, command);
      return cancelLiveTasks();
  }
}

/**
 * Cancelling every task that still needs work (a forced close, a waived device): the
 * decision for a set of rows, applied to those in a status the table cancels from.
 */
export const cancelLiveTasks = (): TaskDecision => ({
  command: 'cancel',
  to: TASK_TRANSITIONS.cancel.to as TaskStatus,
  expect: { statuses: TASK_TRANSITIONS.cancel.from },
  ...UNCHANGED,
  claim: 'clear',
});
