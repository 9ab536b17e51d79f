import type { DirectiveDepartmentView, DirectiveView } from '../../api/types';
import { ackState, orderDirectives, summarise } from './directive-status';

const DUE = '2026-12-03T18:00:00.000Z';
const before = Date.parse('2026-12-03T17:00:00.000Z');
const after = Date.parse('2026-12-03T19:00:00.000Z');
const dept = (code: string, acknowledgedAt: string | null = null): DirectiveDepartmentView => ({
  departmentId: code,
  code,
  name: code,
  acknowledgedAt,
  acknowledgedBy: acknowledgedAt ? { id: 'u', name: 'Ivan' } : null,
  escalatedAt: null,
});
const directive = (
  id: string,
  dueAt: string,
  departments: DirectiveDepartmentView[],
  createdAt = '2026-12-03T12:00:00.000Z',
): DirectiveView => ({
  id,
  incidentId: 'i',
  text: id,
  dueAt,
  issuedBy: { id: 'o', name: 'Margaret' },
  createdAt,
  acknowledged: 0,
  pending: 0,
  overdue: 0,
  departments,
});

describe('ackState', () => {
  it.each([
    [dept('SOC', '2026-12-03T17:30:00.000Z'), after, 'acknowledged'],
    [dept('SOC', '2026-12-03T18:30:00.000Z'), after, 'acknowledged_late'],
    [dept('SOC'), before, 'pending'],
    [dept('SOC'), after, 'overdue'],
  ])('%#: %o at the time given is %s', (d, now, state) => {
    expect(ackState(d, DUE, now)).toBe(state);
  });
});

describe('summarise', () => {
  it('counts departments acknowledged and overdue in words', () => {
    const d = directive('x', DUE, [
      dept('SOC', '2026-12-03T17:30:00.000Z'),
      dept('EDU'),
      dept('HOU'),
    ]);
    expect(summarise(d, before).text).toBe('1 of 3 departments acknowledged');
    expect(summarise(d, after)).toMatchObject({
      acknowledged: 1,
      overdue: 2,
      text: '1 of 3 departments acknowledged, 2 overdue',
    });
  });

  it('says when all have acknowledged', () => {
    expect(summarise(directive('x', DUE, [dept('SOC', DUE)]), after).text).toBe(
      'The department has acknowledged',
    );
  });
});

describe('orderDirectives', () => {
  it('puts overdue first, then open by due time, then those done', () => {
    const done = directive('done', DUE, [dept('SOC', DUE)]);
    const overdue = directive('overdue', DUE, [dept('SOC')]);
    const later = directive('later', '2026-12-03T23:00:00.000Z', [dept('SOC')]);
    const sooner = directive('sooner', '2026-12-03T20:00:00.000Z', [dept('SOC')]);
    expect(orderDirectives([done, later, overdue, sooner], after).map((d) => d.id)).toEqual([
      'overdue',
      'sooner',
      'later',
      'done',
    ]);
  });
});
