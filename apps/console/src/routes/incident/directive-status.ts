/** Where each department stands on a directive, in words, at a given time. */
import type { DirectiveDepartmentView, DirectiveView } from '../../api/types';

export type AckState = 'acknowledged' | 'acknowledged_late' | 'pending' | 'overdue';

export function ackState(dept: DirectiveDepartmentView, dueAt: string, now: number): AckState {
  const due = new Date(dueAt).getTime();
  if (dept.acknowledgedAt)
    return new Date(dept.acknowledgedAt).getTime() > due ? 'acknowledged_late' : 'acknowledged';
  return now > due ? 'overdue' : 'pending';
}

export const ACK_WORDS: Record<AckState, string> = {
  acknowledged: 'Acknowledged',
  acknowledged_late: 'Acknowledged late',
  pending: 'Not yet acknowledged',
  overdue: 'Overdue: not acknowledged',
};

export interface DirectiveSummary {
  acknowledged: number;
  total: number;
  overdue: number;
  /** "3 of 5 departments acknowledged, 2 overdue". */
  text: string;
}

export function summarise(directive: DirectiveView, now: number): DirectiveSummary {
  const states = directive.departments.map((d) => ackState(d, directive.dueAt, now));
  const acknowledged = states.filter((s) => s.startsWith('acknowledged')).length;
  const overdue = states.filter((s) => s === 'overdue').length;
  const total = states.length;
  const all = acknowledged === total;
  const text = all
    ? `${total === 1 ? 'The department has' : `All ${total} departments have`} acknowledged`
    : `${acknowledged} of ${total} department${total === 1 ? '' : 's'} acknowledged${overdue ? `, ${overdue} overdue` : ''}`;
  return { acknowledged, total, overdue, text };
}

/** Overdue directives first, then the open ones by due time, then those all acknowledged, newest first. */
export function orderDirectives(list: readonly DirectiveView[], now: number): DirectiveView[] {
  const rank = (d: DirectiveView) => {
    const s = summarise(d, now);
    return s.overdue ? 0 : s.acknowledged < s.total ? 1 : 2;
  };
  return [...list].sort((a, b) => {
    const r = rank(a) - rank(b);
    if (r) return r;
    if (rank(a) < 2) return a.dueAt.localeCompare(b.dueAt);
    return b.createdAt.localeCompare(a.createdAt);
  });
}
