import type { EventView } from '../../api/types';
import { describeReviewEvent } from './review-sentences';

const ev = (type: string, data: Record<string, unknown>): EventView => ({
  seq: 1,
  at: '2026-12-03T14:02:00.000Z',
  type,
  actor: { id: 'u1', name: 'Margaret Hale', kind: 'user' },
  data,
});
const ivan = { id: 'u2', name: 'Ivan Petrov' };

describe(describeReviewEvent.name, () => {
  it.each([
    [
      ev('review.opened', { reviewId: 'r', owner: ivan }),
      'Post-incident review opened for Ivan Petrov to sign off',
    ],
    [
      ev('review.updated', { reviewId: 'r', changes: { wentWell: 'x', contributingFactors: 'y' } }),
      'Margaret Hale wrote what went well, the contributing factors in the review',
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
      ev('review.action_reminded', { owner: ivan, dueOn: '2026-11-30' }),
      'Ivan Petrov reminded of a review action item due 2026-11-30',
    ],
    [ev('task.claimed', {}), null],
  ])('%#', (event, sentence) => {
    expect(describeReviewEvent(event, 'Margaret Hale')).toBe(sentence);
  });
});
