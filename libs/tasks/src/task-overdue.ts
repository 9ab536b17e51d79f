/**
 * The overdue rule in SQL, for query builders over `tasks` aliased `t`: past its due
 * time and still needing work. The same rule as the domain's `isTaskOverdue`, which
 * `TaskView.overdue` uses; the list's `?overdue=` filter and the summary's counts use this.
 */
export const OVERDUE_SQL = `(t.dueAt < now() AND t.status IN ('open', 'claimed'))`;
