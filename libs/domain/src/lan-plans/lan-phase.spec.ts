import type { LanPhase } from '@cordon/contracts';
import { decideLanTransition, LAN_TRANSITIONS, LanEffect } from './lan-phase';

const PHASES: LanPhase[] = ['planned', 'shut_down', 'cleaning', 'reopened'];
const OWNER = { byOwner: true, byCommand: false };
const COMMAND = { byOwner: false, byCommand: true };
const NOBODY = { byOwner: false, byCommand: false };

type Expect = { effects: LanEffect[]; commandMay: boolean } | 'unchanged' | 'invalid';

const TABLE: Record<LanPhase, Record<LanPhase, Expect>> = {
  planned: {
    planned: 'unchanged',
    shut_down: { effects: ['create_cleanup_tasks', 'notify_lan_staff'], commandMay: true },
    cleaning: 'invalid',
    reopened: 'invalid',
  },
  shut_down: {
    planned: 'invalid',
    shut_down: 'unchanged',
    cleaning: { effects: [], commandMay: true },
    reopened: { effects: ['check_reopen_gate', 'notify_lan_staff'], commandMay: false },
  },
  cleaning: {
    planned: 'invalid',
    shut_down: 'invalid',
    cleaning: 'unchanged',
    reopened: { effects: ['check_reopen_gate', 'notify_lan_staff'], commandMay: false },
  },
  reopened: {
    planned: 'invalid',
    shut_down: 'invalid',
    cleaning: 'invalid',
    reopened: 'unchanged',
  },
};

describe(decideLanTransition.name, () => {
  const cases = PHASES.flatMap((from) => PHASES.map((to) => [from, to, TABLE[from][to]] as const));

  it.each(cases)('%s → %s', (from, to, expected) => {
    if (expected === 'invalid') {
      expect(() => decideLanTransition(from, { to, ...OWNER })).toThrow(
        expect.objectContaining({ code: 'invalid_transition' }),
      );
    } else if (expected === 'unchanged') {
      expect(decideLanTransition(from, { to, ...OWNER })).toEqual({
        kind: 'unchanged',
        phase: from,
      });
    } else {
      expect(decideLanTransition(from, { to, ...OWNER })).toEqual({
        kind: 'move',
        from,
        to,
        effects: expected.effects,
      });
      const byCommand = () => decideLanTransition(from, { to, ...COMMAND });
      if (expected.commandMay) expect(byCommand().kind).toBe('move');
      else expect(byCommand).toThrow(expect.objectContaining({ code: 'forbidden' }));
      expect(() => decideLanTransition(from, { to, ...NOBODY })).toThrow(
        expect.objectContaining({ code: 'forbidden' }),
      );
    }
  });

  it('agrees with its transition table', () => {
    const moves = PHASES.flatMap((from) =>
      Object.keys(LAN_TRANSITIONS[from]).map((to) => `${from}>${to}`),
    );
    const expected = cases.filter(([, , e]) => typeof e === 'object').map(([f, t]) => `${f}>${t}`);
    expect(moves.sort()).toEqual(expected.sort());
  });

  it('refuses a repeated reopen by command staff as it refuses the first', () => {
    expect(() => decideLanTransition('reopened', { to: 'reopened', ...COMMAND })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });

  it('names the way forward when a move is not allowed', () => {
    expect(() => decideLanTransition('planned', { to: 'reopened', ...OWNER })).toThrow(
      'A LAN that is planned cannot go to reopened (only to shut_down)',
    );
  });
});
