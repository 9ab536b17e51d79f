import type { TaskStatus } from '@cordon/contracts';
import {
  decideTask,
  isClaimedBy,
  isTaskOverdue,
  TASK_COMMANDS,
  TaskCommand,
} from './task-lifecycle';

const STATUSES: TaskStatus[] = ['open', 'claimed', 'done', 'verified', 'cancelled'];

/** Every command from every status: the next status, or the refusal's code. */
const TABLE: Record<TaskCommand, Record<TaskStatus, string>> = {
  claim: {
    open: 'claimed',
    claimed: 'already_claimed',
    done: 'invalid_transition',
    verified: 'invalid_transition',
    cancelled: 'invalid_transition',
  },
  unclaim: {
    open: 'invalid_transition',
    claimed: 'open',
    done: 'invalid_transition',
    verified: 'invalid_transition',
    cancelled: 'invalid_transition',
  },
  complete: {
    open: 'done',
    claimed: 'already_claimed',
    done: 'invalid_transition',
    verified: 'invalid_transition',
    cancelled: 'invalid_transition',
  },
  verify: {
    open: 'invalid_transition',
    claimed: 'invalid_transition',
    done: 'verified',
    verified: 'invalid_transition',
    cancelled: 'invalid_transition',
  },
  reopen: {
    open: 'invalid_transition',
    claimed: 'invalid_transition',
    done: 'open',
    verified: 'open',
    cancelled: 'open',
  },
  // only the due time moves here: the work stays with whoever holds it
  reassign: {
    open: 'open',
    claimed: 'claimed',
    done: 'invalid_transition',
    verified: 'invalid_transition',
    cancelled: 'invalid_transition',
  },
  cancel: {
    open: 'cancelled',
    claimed: 'cancelled',
    done: 'invalid_transition',
    verified: 'invalid_transition',
    cancelled: 'invalid_transition',
  },
};

describe(decideTask.name, () => {
  const cases = TASK_COMMANDS.flatMap((command) =>
    STATUSES.map((status) => [command, status, TABLE[command][status]] as const),
  );

  it.each(cases)('%s from %s (claimed by someone else) → %s', (command, status, expected) => {
    const state = { status, claimedById: status === 'claimed' ? 'someone' : null };
    const run = () => decideTask(state, command, { actorId: 'me' });
    if (STATUSES.includes(expected as TaskStatus)) expect(run()).toBe(expected);
    else expect(run).toThrow(expect.objectContaining({ code: expected }));
  });

  it('lets the claimer complete their own task', () => {
    expect(
      decideTask({ status: 'claimed', claimedById: 'me' }, 'complete', { actorId: 'me' }),
    ).toBe('done');
  });

  it('answers a second claim by the claimer as claimed, changing nothing', () => {
    const mine = { status: 'claimed' as const, claimedById: 'me' };
    expect(decideTask(mine, 'claim', { actorId: 'me' })).toBe('claimed');
    expect(isClaimedBy(mine, 'me')).toBe(true);
    expect(isClaimedBy(mine, 'you')).toBe(false);
    expect(isClaimedBy(mine, undefined)).toBe(false);
    expect(isClaimedBy({ status: 'done', claimedById: 'me' }, 'me')).toBe(false);
  });

  it('says who holds a task when refusing a claim', () => {
    expect(() =>
      decideTask({ status: 'claimed', claimedById: 'u1', claimedByName: 'Ann' }, 'claim', {
        actorId: 'u2',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'already_claimed',
        message: 'This task is already claimed by Ann',
        extra: { claimedBy: { id: 'u1', name: 'Ann' } },
      }),
    );
  });

  it('reassigns to a person as claimed', () => {
    expect(decideTask({ status: 'open', claimedById: null }, 'reassign', { toUserId: 'u9' })).toBe(
      'claimed',
    );
  });

  it.each<[TaskStatus, string | undefined, string | null, TaskStatus]>([
    ['claimed', 'edu', null, 'open'],
    ['open', 'edu', null, 'open'],
    ['claimed', 'soc', null, 'claimed'],
    ['open', 'soc', null, 'open'],
    ['claimed', undefined, null, 'claimed'],
    ['claimed', 'edu', 'u9', 'claimed'],
    ['open', 'soc', 'u9', 'claimed'],
  ])(
    'reassigns a %s task of soc to department %s, person %s, as %s',
    (status, departmentId, toUserId, expected) => {
      const state = {
        status,
        claimedById: status === 'claimed' ? 'u1' : null,
        departmentId: 'soc',
      };
      expect(decideTask(state, 'reassign', { departmentId, toUserId })).toBe(expected);
    },
  );
});

describe(isTaskOverdue.name, () => {
  const now = new Date('2026-09-02T12:00:00Z');
  it.each<[TaskStatus, string | null, boolean]>([
    ['open', '2026-09-02T11:59:59Z', true],
    ['claimed', '2026-09-01T00:00:00Z', true],
    ['open', '2026-09-02T12:00:01Z', false],
    ['open', null, false],
    ['done', '2026-09-01T00:00:00Z', false],
    ['cancelled', '2026-09-01T00:00:00Z', false],
  ])('%s due %s: overdue %s', (status, due, overdue) => {
    expect(isTaskOverdue({ status, dueAt: due ? new Date(due) : null }, now)).toBe(overdue);
  });
});
