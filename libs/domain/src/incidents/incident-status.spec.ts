import type { IncidentStatus } from '@cordon/contracts';
import {
  assertIncidentOpen,
  closeBlockers,
  decideIncidentStatus,
  INCIDENT_TRANSITIONS,
  isIncidentOpen,
  OPEN_INCIDENT_STATUSES,
} from './incident-status';

const CLEAR = {
  lans: [{ lanId: 'l1', code: 'SOC-HALL', phase: 'reopened' as const }],
  openTasks: 0,
};
const DOWN = {
  lans: [
    { lanId: 'l1', code: 'SOC-HALL', phase: 'shut_down' as const },
    { lanId: 'l2', code: 'EDU-HALL', phase: 'cleaning' as const },
    { lanId: 'l3', code: 'EDU-DEPOT', phase: 'planned' as const },
  ],
  openTasks: 3,
};
const owner = { byOwner: true };

describe(decideIncidentStatus.name, () => {
  it.each<[IncidentStatus, IncidentStatus, boolean]>([
    ['active', 'contained', true],
    ['active', 'recovered', true],
    ['active', 'closed', true],
    ['contained', 'active', true],
    ['contained', 'recovered', true],
    ['contained', 'closed', true],
    ['recovered', 'active', true],
    ['recovered', 'contained', true],
    ['recovered', 'closed', true],
    ['closed', 'active', false],
    ['closed', 'contained', false],
    ['closed', 'recovered', false],
    ['active', 'active', false],
    ['closed', 'closed', false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    const run = () => decideIncidentStatus(from, { to, ...owner }, CLEAR);
    if (allowed) expect(run()).toEqual({ next: to, forced: false, overridden: null });
    else expect(run).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
  });

  it('agrees with its transition table', () => {
    expect(INCIDENT_TRANSITIONS.closed).toEqual([]);
  });

  it('refuses to close while LANs are down or cleaning and tasks are open, listing them', () => {
    expect(() => decideIncidentStatus('recovered', { to: 'closed', ...owner }, DOWN)).toThrow(
      expect.objectContaining({
        code: 'close_blocked',
        extra: {
          blockers: {
            lans: [
              { lanId: 'l1', code: 'SOC-HALL', phase: 'shut_down' },
              { lanId: 'l2', code: 'EDU-HALL', phase: 'cleaning' },
            ],
            openTasks: 3,
          },
        },
      }),
    );
  });

  it('refuses to close with open tasks alone', () => {
    expect(() =>
      decideIncidentStatus('active', { to: 'closed', ...owner }, { lans: [], openTasks: 1 }),
    ).toThrow(expect.objectContaining({ code: 'close_blocked' }));
  });

  it('lets the owner force a close with a reason, recording what was overridden', () => {
    const decision = decideIncidentStatus(
      'active',
      { to: 'closed', force: true, reason: 'merged into INC-2026-0009', ...owner },
      DOWN,
    );
    expect(decision).toMatchObject({ next: 'closed', forced: true });
    expect(decision.overridden?.openTasks).toBe(3);
  });

  it.each([
    [
      'a non-owner',
      { to: 'closed' as const, force: true, reason: 'x', byOwner: false },
      'forbidden',
    ],
    [
      'no reason',
      { to: 'closed' as const, force: true, reason: ' ', byOwner: true },
      'validation_failed',
    ],
    [
      'force on another status',
      { to: 'contained' as const, force: true, reason: 'x', byOwner: true },
      'validation_failed',
    ],
  ])('refuses a forced change by %s', (_what, command, code) => {
    expect(() => decideIncidentStatus('active', command, DOWN)).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('does not count a forced close as forced when nothing was in the way', () => {
    expect(
      decideIncidentStatus(
        'active',
        { to: 'closed', force: true, reason: 'done', ...owner },
        CLEAR,
      ),
    ).toEqual({ next: 'closed', forced: false, overridden: null });
  });
});

describe(closeBlockers.name, () => {
  it('ignores planned and reopened LANs', () => {
    expect(closeBlockers({ lans: [DOWN.lans[2], CLEAR.lans[0]], openTasks: 0 })).toBeNull();
  });
});

describe(assertIncidentOpen.name, () => {
  it.each<[IncidentStatus, boolean]>([
    ['active', true],
    ['contained', true],
    ['recovered', true],
    ['closed', false],
  ])('a %s incident is open: %s', (status, open) => {
    expect(isIncidentOpen(status)).toBe(open);
    expect(OPEN_INCIDENT_STATUSES.includes(status)).toBe(open);
    const check = () => assertIncidentOpen({ status, reference: 'INC-2026-0007' });
    if (open) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
  });

  it('names the incident when it knows its reference', () => {
    expect(() => assertIncidentOpen({ status: 'closed', reference: 'INC-2026-0007' })).toThrow(
      'Incident INC-2026-0007 is closed',
    );
    expect(() => assertIncidentOpen({ status: 'closed' })).toThrow('The incident is closed');
  });
});
