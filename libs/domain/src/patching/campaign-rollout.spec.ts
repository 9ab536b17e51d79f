import { ROLLOUT_DEVICE_STATUSES, RolloutDeviceStatus } from '@cordon/contracts';
import {
  assertMayWorkOnRollout,
  decideRolloutDevice,
  RolloutCommand,
  rolloutCounts,
} from './campaign-rollout';

const COMMANDS: RolloutCommand[] = ['claim', 'release', 'patched', 'failed'];
const state = (status: RolloutDeviceStatus, by: string | null = null) => ({
  status,
  claimedById: by,
  claimedByName: by ? by.toUpperCase() : null,
});

describe(decideRolloutDevice.name, () => {
  // [status, holder, command] → next status, null (no change) or the refusal's code
  const table: [RolloutDeviceStatus, string | null, RolloutCommand, string | null][] = [
    ['pending', null, 'claim', 'claimed'],
    ['pending', null, 'release', 'invalid_transition'],
    ['pending', null, 'patched', 'patched'],
    ['pending', null, 'failed', 'failed'],
    ['claimed', 'ann', 'claim', null],
    ['claimed', 'ann', 'release', 'pending'],
    ['claimed', 'ann', 'patched', 'patched'],
    ['claimed', 'ann', 'failed', 'failed'],
    ['claimed', 'bob', 'claim', 'already_claimed'],
    ['claimed', 'bob', 'release', 'pending'],
    ['claimed', 'bob', 'patched', 'already_claimed'],
    ['claimed', 'bob', 'failed', 'already_claimed'],
    ...(['patched', 'failed'] as const).flatMap((status) =>
      COMMANDS.map(
        (command) =>
          [status, null, command, 'invalid_transition'] as [
            RolloutDeviceStatus,
            null,
            RolloutCommand,
            string,
          ],
      ),
    ),
  ];

  it('covers every status and command', () => {
    expect(new Set(table.map(([s]) => s))).toEqual(new Set(ROLLOUT_DEVICE_STATUSES));
  });

  it.each(table)('%s (held by %s), %s by ann → %s', (status, holder, command, outcome) => {
    const run = () => decideRolloutDevice(state(status, holder), command, 'ann');
    if (outcome === 'already_claimed') {
      expect(run).toThrow(
        expect.objectContaining({
          code: 'already_claimed',
          extra: { claimedBy: { id: 'bob', name: 'BOB' } },
        }),
      );
    } else if (outcome === 'invalid_transition') {
      expect(run).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
    } else expect(run()).toBe(outcome);
  });
});

describe(assertMayWorkOnRollout.name, () => {
  it.each([
    [{ roles: ['itu' as const], departmentId: 'soc' }, 'soc', true],
    [{ roles: ['itu' as const], departmentId: 'edu' }, 'soc', false],
    [{ roles: ['command' as const], departmentId: null }, 'soc', true],
    [{ roles: ['admin' as const], departmentId: null }, 'soc', true],
    [{ roles: ['owner' as const], departmentId: null }, 'soc', false],
  ])('%o on %s: %s', (user, departmentId, allowed) => {
    const run = () => assertMayWorkOnRollout(user, departmentId);
    if (allowed) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});

describe(rolloutCounts.name, () => {
  it('counts each status once', () => {
    expect(rolloutCounts(['pending', 'claimed', 'patched', 'patched', 'failed'])).toEqual({
      total: 5,
      pending: 1,
      claimed: 1,
      patched: 2,
      failed: 1,
    });
  });
});
