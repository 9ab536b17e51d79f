import {
  actionCounts,
  actionStateWords,
  changesReview,
  dayWords,
  daysLate,
  sortActions,
} from './review-actions';
import type { ReviewActionView } from './review-types';

const item = (id: string, over: Partial<ReviewActionView>): ReviewActionView => ({
  id,
  reviewId: 'r',
  incidentId: 'i',
  reference: 'INC-2026-0001',
  title: id,
  owner: { id: 'u', name: 'U' },
  dueOn: '2026-12-10',
  state: 'open',
  overdue: false,
  doneBy: null,
  doneAt: null,
  createdBy: { id: 'u', name: 'U' },
  createdAt: '2026-12-01T10:00:00.000Z',
  lastRemindedOn: null,
  ...over,
});

const late = item('late', { dueOn: '2026-12-01', overdue: true });
const soon = item('soon', { dueOn: '2026-12-05' });
const later = item('later', { dueOn: '2026-12-20' });
const doneEarly = item('done-early', { state: 'done', doneAt: '2026-12-02T09:00:00.000Z' });
const doneLate = item('done-late', { state: 'done', doneAt: '2026-12-03T09:00:00.000Z' });

describe(sortActions.name, () => {
  it('puts overdue first, then open by due day, then done newest first', () => {
    expect(sortActions([doneEarly, later, doneLate, soon, late]).map((a) => a.id)).toEqual([
      'late',
      'soon',
      'later',
      'done-late',
      'done-early',
    ]);
  });
});

describe(actionStateWords.name, () => {
  it.each([
    [late, 'Overdue'],
    [soon, 'Open'],
    [doneEarly, 'Done'],
  ])('%#', (action, words) => {
    expect(actionStateWords(action)).toBe(words);
  });
});

describe(actionCounts.name, () => {
  it('counts open and overdue items', () => {
    expect(actionCounts([late, soon, doneEarly])).toEqual({ total: 3, open: 2, overdue: 1 });
  });
});

describe(changesReview.name, () => {
  it.each([
    ['review.action_done', true],
    ['review.opened', true],
    ['incident.owner_changed', true],
    ['task.claimed', false],
  ])('%s', (type, expected) => {
    expect(changesReview(type)).toBe(expected);
  });
});

describe(dayWords.name, () => {
  it('writes a day as people read it', () => {
    expect(dayWords('2026-11-30')).toBe('30 Nov 2026');
    expect(dayWords('2027-01-05')).toBe('5 Jan 2027');
  });
});

describe(daysLate.name, () => {
  it('counts whole UTC days after the due day', () => {
    const now = new Date('2026-12-03T23:30:00Z');
    expect(daysLate('2026-11-30', now)).toBe(3);
    expect(daysLate('2026-12-03', now)).toBe(0);
    expect(daysLate('2026-12-10', now)).toBe(0);
  });
});
