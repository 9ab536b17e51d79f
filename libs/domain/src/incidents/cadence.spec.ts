import { reminderDue } from '../broadcasts/cadence';
import { isUpdateOverdue, nextUpdateDueAt, updateOverdue } from './cadence';

const T0 = new Date('2026-09-01T13:00:00Z');
const DUE = new Date('2026-09-01T14:00:00Z');

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

/** One boundary: overdue from the very moment the update falls due. */
describe(updateOverdue.name, () => {
  it.each([
    ['2026-09-01T13:59:59.999Z', false],
    ['2026-09-01T14:00:00.000Z', true],
    ['2026-09-01T14:00:00.001Z', true],
  ] as const)('due at 14:00, at %s: overdue %s', (now, overdue) => {
    expect(updateOverdue(DUE, new Date(now))).toBe(overdue);
  });

  it('is never overdue without a due time', () => {
    expect(updateOverdue(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe(isUpdateOverdue.name, () => {
  it.each([
    ['2026-09-01T13:59:59Z', 'active', false],
    ['2026-09-01T14:00:00Z', 'active', true],
    ['2026-09-01T14:00:01Z', 'active', true],
    ['2026-09-09T00:00:00Z', 'closed', false],
  ] as const)('at %s while %s: overdue %s', (now, status, overdue) => {
    expect(isUpdateOverdue(T0, 60, status, new Date(now))).toBe(overdue);
  });
});

describe('the reminder and the incident agree on the boundary', () => {
  it.each(['2026-09-01T13:59:59.999Z', '2026-09-01T14:00:00.000Z', '2026-09-01T14:00:00.001Z'])(
    'at %s',
    (at) => {
      const now = new Date(at);
      expect(reminderDue({ status: 'active', nextUpdateDueAt: DUE }, now)).toBe(
        isUpdateOverdue(T0, 60, 'active', now),
      );
    },
  );
});
