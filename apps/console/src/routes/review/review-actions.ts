import type { ReviewActionView } from './review-types';

/** What a row says of an item's state, in words (never by colour alone). */
export function actionStateWords(action: ReviewActionView): string {
  if (action.state === 'done') return 'Done';
  return action.overdue ? 'Overdue' : 'Open';
}

/** Overdue first, then open by due day, then done (most recently done first). */
export function sortActions(actions: readonly ReviewActionView[]): ReviewActionView[] {
  const rank = (a: ReviewActionView) => (a.state === 'done' ? 2 : a.overdue ? 0 : 1);
  return [...actions].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.state === 'done'
        ? (b.doneAt ?? '').localeCompare(a.doneAt ?? '')
        : a.dueOn.localeCompare(b.dueOn)) ||
      a.id.localeCompare(b.id),
  );
}

/** Counts for the review's heading. */
export function actionCounts(actions: readonly ReviewActionView[]) {
  return {
    total: actions.length,
    open: actions.filter((a) => a.state === 'open').length,
    overdue: actions.filter((a) => a.overdue).length,
  };
}

/** Whether a live event changes what the review screen shows. */
export const changesReview = (type: string): boolean =>
  type.startsWith('review.') || type === 'incident.owner_changed';
