import {
  assertDueAhead,
  assertMayAcknowledge,
  directiveProgress,
  needsEscalation,
} from './directive';

const DUE = new Date('2026-09-01T18:00:00Z');
const BEFORE = new Date('2026-09-01T17:00:00Z');
const AFTER = new Date('2026-09-01T18:00:01Z');
const at = new Date('2026-09-01T16:00:00Z');

describe(directiveProgress.name, () => {
  const recipients = [
    { departmentId: 'soc', acknowledgedAt: at, escalatedAt: null },
    { departmentId: 'edu', acknowledgedAt: null, escalatedAt: null },
    { departmentId: 'hou', acknowledgedAt: null, escalatedAt: AFTER },
  ];
  it.each([
    [BEFORE, { acknowledged: 1, pending: 2, overdue: 0 }],
    [AFTER, { acknowledged: 1, pending: 2, overdue: 2 }],
  ])('at %s', (now, progress) => {
    expect(directiveProgress(recipients, DUE, now)).toEqual(progress);
  });
});

describe(needsEscalation.name, () => {
  it.each([
    ['not acknowledged, past due', null, null, AFTER, true],
    ['not acknowledged, before due', null, null, BEFORE, false],
    ['not acknowledged, exactly due', null, null, DUE, false],
    ['acknowledged', at, null, AFTER, false],
    ['already escalated', null, AFTER, AFTER, false],
  ])('%s: %s', (_what, acknowledgedAt, escalatedAt, now, expected) => {
    expect(needsEscalation({ departmentId: 'x', acknowledgedAt, escalatedAt }, DUE, now)).toBe(
      expected,
    );
  });
});

describe(assertMayAcknowledge.name, () => {
  it.each([
    ['an ITU member of an addressed department', ['itu'], 'soc', null],
    ['an ITU member of another department', ['itu'], 'hou', 'forbidden'],
    ['command staff', ['command'], 'soc', 'forbidden'],
    ['an admin', ['admin'], null, 'forbidden'],
    ['an ITU member without a department', ['itu'], null, 'forbidden'],
  ] as const)('%s', (_what, roles, departmentId, code) => {
    const run = () => assertMayAcknowledge({ roles, departmentId }, ['soc', 'edu']);
    if (code) expect(run).toThrow(expect.objectContaining({ code }));
    else expect(run()).toBe('soc');
  });
});

describe(assertDueAhead.name, () => {
  it('refuses a due time already past', () => {
    expect(() => assertDueAhead(BEFORE, DUE)).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        extra: { errors: [{ field: 'dueAt', message: 'must be in the future' }] },
      }),
    );
    expect(() => assertDueAhead(AFTER, DUE)).not.toThrow();
  });
});
