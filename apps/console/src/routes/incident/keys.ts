/** Query-cache keys of the incident screens: the live feed writes into the same keys. */
export const incidentKeys = {
  incident: (id: string) => ['incident', id] as const,
  lans: (id: string) => ['incident', id, 'lans'] as const,
  /** Prefix of the opened departments' task lists (`departmentTasks`), never read by itself. */
  tasks: (id: string) => ['incident', id, 'tasks'] as const,
  /** One department's tasks, all states or one (the tasks panel reads it when opened). */
  departmentTasks: (id: string, departmentId: string, status: string | null) =>
    ['incident', id, 'tasks', departmentId, status ?? 'all'] as const,
  /** The counts per department and state (GET /tasks/summary), re-read on task events. */
  taskSummary: (id: string) => ['incident', id, 'task-summary'] as const,
  timeline: (id: string) => ['incident', id, 'timeline'] as const,
  directives: (id: string) => ['incident', id, 'directives'] as const,
  detections: (id: string) => ['incident', id, 'detections'] as const,
  faultReports: (id: string) => ['incident', id, 'fault-reports'] as const,
  broadcasts: (id: string) => ['incident', id, 'broadcasts'] as const,
  /** The events the chart folds (chart-series.ts CHART_EVENT_TYPES), kept live by the chart. */
  chartEvents: (id: string) => ['incident', id, 'chart-events'] as const,
};
