import type { TaskEvidence, TaskStatus } from '@cordon/contracts';
import { cancelLiveTasks, decideTaskChange, TaskRequest } from './task-decision';
import { TASK_COMMANDS, TASK_TRANSITIONS } from './task-lifecycle';

const ANN = { id: 'ann', name: 'Ann' };
const BOB = { id: 'bob', name: 'Bob' };
const EVIDENCE: TaskEvidence = {
  patches: ['MS03-026'],
  avSignatureDate: '2026-02-10',
  scanClean: true,
};

const state = (status: TaskStatus, claimedById: string | null = null) => ({
  status,
  claimedById,
  departmentId: 'soc',
});

describe(decideTaskChange.name, () => {
  it('claims an open task for the claimer, while it is open and still in the department seen', () => {
    expect(decideTaskChange(state('open'), { command: 'claim', actor: ANN })).toEqual({
      command: 'claim',
      to: 'claimed',
      expect: { statuses: ['open'], departmentId: 'soc' },
      claim: { take: ANN },
      completion: 'keep',
      verification: 'keep',
    });
  });

  it('has nothing to change when the claimer claims again', () => {
    expect(decideTaskChange(state('claimed', 'ann'), { command: 'claim', actor: ANN })).toBeNull();
  });

  it('refuses a claim of a task another person holds, naming them', () => {
    expect(() =>
      decideTaskChange(
        { ...state('claimed', 'bob'), claimedByName: 'Bob' },
        { command: 'claim', actor: ANN },
      ),
    ).toThrow(expect.objectContaining({ code: 'already_claimed', extra: { claimedBy: BOB } }));
  });

  it('releases exactly the claim it saw', () => {
    expect(decideTaskChange(state('claimed', 'bob'), { command: 'unclaim' })).toMatchObject({
      to: 'open',
      expect: { statuses: ['claimed'], claimedById: 'bob' },
      claim: 'clear',
      completion: 'keep',
    });
  });

  it('completes a task free or held by the completer, recording who, the evidence and the note', () => {
    const request: TaskRequest = {
      command: 'complete',
      actor: ANN,
      evidence: EVIDENCE,
      note: 'ok',
    };
    for (const seen of [state('open'), state('claimed', 'ann')]) {
      expect(decideTaskChange(seen, request)).toEqual({
        command: 'complete',
        to: 'done',
        expect: { statuses: ['open', 'claimed'], claimedByOrFree: 'ann', departmentId: 'soc' },
        claim: { take: ANN },
        completion: { by: ANN, evidence: EVIDENCE, note: 'ok' },
        verification: 'keep',
      });
    }
  });

  it('verifies done work and records who verified it', () => {
    expect(decideTaskChange(state('done', 'ann'), { command: 'verify', actor: BOB })).toMatchObject(
      {
        to: 'verified',
        expect: { statuses: ['done'] },
        claim: 'keep',
        completion: 'keep',
        verification: { by: BOB },
      },
    );
  });

  it('reopens finished or cancelled work with its claim, completion and verification erased', () => {
    for (const status of ['done', 'verified', 'cancelled'] as const) {
      expect(decideTaskChange(state(status), { command: 'reopen' })).toMatchObject({
        to: 'open',
        expect: { statuses: TASK_TRANSITIONS.reopen.from },
        claim: 'clear',
        completion: 'clear',
        verification: 'clear',
      });
    }
  });

  it.each<[TaskStatus, string, typeof ANN | null, TaskStatus, unknown]>([
    ['claimed', 'soc', null, 'claimed', 'keep'],
    ['claimed', 'edu', null, 'open', 'clear'],
    ['open', 'edu', null, 'open', 'keep'],
    ['open', 'soc', null, 'open', 'keep'],
    ['claimed', 'edu', BOB, 'claimed', { take: BOB }],
  ])(
    'reassigns a %s task to department %s and person %j: %s, claim %j',
    (status, departmentId, toUser, to, claim) => {
      const dueAt = new Date('2030-06-01T09:00:00Z');
      const seen = state(status, status === 'claimed' ? 'ann' : null);
      expect(decideTaskChange(seen, { command: 'reassign', toUser, departmentId, dueAt })).toEqual({
        command: 'reassign',
        to,
        expect: { statuses: [status], claimedById: seen.claimedById },
        claim,
        completion: 'keep',
        verification: 'keep',
        assignment: { departmentId, dueAt },
      });
    },
  );

  it('cancels live work as the bulk cancellation does', () => {
    expect(decideTaskChange(state('claimed', 'ann'), { command: 'cancel' })).toEqual(
      cancelLiveTasks(),
    );
    expect(cancelLiveTasks()).toMatchObject({
      to: 'cancelled',
      expect: { statuses: ['open', 'claimed'] },
      claim: 'clear',
    });
  });

  const requests: Record<(typeof TASK_COMMANDS)[number], TaskRequest> = {
    claim: { command: 'claim', actor: ANN },
    unclaim: { command: 'unclaim' },
    complete: { command: 'complete', actor: ANN, evidence: null, note: null },
    verify: { command: 'verify', actor: ANN },
    reopen: { command: 'reopen' },
    reassign: { command: 'reassign', toUser: null, departmentId: 'soc', dueAt: null },
    cancel: { command: 'cancel' },
  };
  const refused = TASK_COMMANDS.flatMap((command) =>
    (['open', 'claimed', 'done', 'verified', 'cancelled'] as const)
      .filter((s) => !TASK_TRANSITIONS[command].from.includes(s))
      .map((status) => [command, status] as const),
  );

  it.each(refused)('refuses %s from %s as the table does', (command, status) => {
    // a task someone else holds is refused as theirs, whatever the table says
    const held = status === 'claimed' && (command === 'claim' || command === 'complete');
    const code = held ? 'already_claimed' : 'invalid_transition';
    expect(() => decideTaskChange(state(status, 'bob'), requests[command])).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it.each(TASK_COMMANDS.map((c) => [c]))(
    '%s guards its write with statuses the table allows it from',
    (command) => {
      const from = TASK_TRANSITIONS[command].from;
      const seen = state(from[0], from[0] === 'claimed' ? 'ann' : null);
      const decision = decideTaskChange(seen, requests[command]);
      expect(decision?.expect.statuses.length).toBeGreaterThan(0);
      for (const s of decision?.expect.statuses ?? []) expect(from).toContain(s);
    },
  );
});
