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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A due day as people read it: "30 Nov 2026". */
export function dayWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** How late an overdue item is, in whole days after its due day (UTC days, as the api counts). */
export function daysLate(dueOn: string, now: Date = new Date()): number {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.max(0, Math.round((today - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000));
}
