import { isUpdateOverdue, nextUpdateDueAt } from './cadence';

const T0 = new Date('2026-09-01T13:00:00Z');

describe(nextUpdateDueAt.name, () => {
  it.each([
    [60, 'active', '2026-09-01T14:00:00.000Z'],
    [15, 'contained', '2026-09-01T13:15:00.000Z'],
    [24 * 60, 'recovered', '2026-09-02T13:00:00.000Z'],
    [60, 'closed', null],
  ] as const)('every %i minutes while %s: next due %s', (cadence, status, due) => {
    expect(nextUpdateDueAt(T0, cadence, status)?.toISOString() ?? null).toBe(due);
  });
});

describe(isUpdateOverdue.name, () => {
  it.each([
    ['2026-09-01T13:59:59Z', 'active', false],
    ['2026-09-01T14:00:00Z', 'active', false],
    ['2026-09-01T14:00:01Z', 'active', true],
    ['2026-09-09T00:00:00Z', 'closed', false],
  ] as const)('at %s while %s: overdue %s', (now, status, overdue) => {
    expect(isUpdateOverdue(T0, 60, status, new Date(now))).toBe(overdue);
  });
});
