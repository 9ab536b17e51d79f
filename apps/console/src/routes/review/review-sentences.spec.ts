import type { EventView } from '../../api/types';
import { describeReviewEvent, reviewActionTitles } from './review-sentences';

const ev = (type: string, data: Record<string, unknown>): EventView => ({
  seq: 1,
  at: '2026-12-03T14:02:00.000Z',
  type,
  actor: { id: 'u1', name: 'Margaret Hale', kind: 'user' },
  data,
});
const ivan = { id: 'u2', name: 'Ivan Petrov' };
const titles = new Map([['a1', 'Standard build on every PC']]);

describe(describeReviewEvent.name, () => {
  it.each([
    [
      ev('review.opened', { reviewId: 'r', owner: ivan }),
      'Post-incident review opened for Ivan Petrov to sign off',
    ],
    [
      ev('review.updated', { reviewId: 'r', changes: { wentWell: 'x', contributingFactors: 'y' } }),
      'Margaret Hale wrote what went well and the contributing factors in the review',
    ],
    [
      ev('review.completed', { reviewId: 'r', openActions: 2 }),
      'Margaret Hale signed the review off with 2 action items still open',
    ],
    [
      ev('review.completed', { reviewId: 'r', openActions: 0 }),
      'Margaret Hale signed the review off',
    ],
    [
      ev('review.action_added', { title: 'Standard build', owner: ivan, dueOn: '2026-12-20' }),
      "Margaret Hale added the action 'Standard build' for Ivan Petrov, due 2026-12-20",
    ],
    [
      ev('review.action_done', { late: true }),
      'Margaret Hale marked a review action item done, after its due date',
    ],
    [
      ev('review.action_done', { actionId: 'a1', doneBy: ivan, late: false }),
      "Ivan Petrov marked the action item 'Standard build on every PC' done",
    ],
    [
      ev('review.action_reminded', { actionId: 'a1', owner: ivan, dueOn: '2026-11-30' }),
      "Ivan Petrov was reminded of the action item 'Standard build on every PC', due 2026-11-30",
    ],
    [
      ev('review.action_reminded', { actionId: 'zz', owner: ivan, dueOn: '2026-11-30' }),
      'Ivan Petrov was reminded of a review action item, due 2026-11-30',
    ],
    [
      ev('review.action_changed', {
        actionId: 'a1',
        changes: { owner: ivan, dueOn: '2027-01-08' },
      }),
      "Margaret Hale changed the action item 'Standard build on every PC': gave it to Ivan Petrov, made it due 2027-01-08",
    ],
    [
      ev('review.action_changed', {
        actionId: 'a1',
        changes: { title: 'Standard build on every PC' },
      }),
      "Margaret Hale changed a review action item: renamed it 'Standard build on every PC'",
    ],
    [ev('task.claimed', {}), null],
  ])('%#', (event, sentence) => {
    expect(describeReviewEvent(event, 'Margaret Hale', titles)).toBe(sentence);
  });
});

describe(reviewActionTitles.name, () => {
  it('names each action item by its latest title', () => {
    expect(
      reviewActionTitles([
        ev('review.action_added', { actionId: 'a1', title: 'Standard build' }),
        ev('review.action_added', { actionId: 'a2', title: 'Spare scanner' }),
        ev('review.action_changed', { actionId: 'a1', changes: { title: 'Build on every PC' } }),
        ev('review.action_changed', { actionId: 'a2', changes: { dueOn: '2027-01-08' } }),
      ]),
    ).toEqual(
      new Map([
        ['a1', 'Build on every PC'],
        ['a2', 'Spare scanner'],
      ]),
    );
  });
});
