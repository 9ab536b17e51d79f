/**
 * Event → view reducers: pure functions that fold one event of an incident's log into
 * what a screen shows. Each is safe to apply twice (an event seen again after a resume
 * changes nothing) and ignores an event older than what the view already reflects, so
 * order of arrival never undoes a newer state.
 */
import type {
  BroadcastProgressData,
  BroadcastView,
  EventView,
  IncidentView,
  LanPlanView,
  LiveEvent,
  TaskView,
  UserRef,
} from '../api/types';

/** A row the live feed has touched: `seq` is the last event applied to it. */
export type Live<T> = T & { seq?: number };

const newer = (row: { seq?: number }, event: { seq: number }) => (row.seq ?? 0) < event.seq;

/** The timeline: events by seq, each once. */
export function reduceTimeline<T extends EventView>(events: readonly T[], event: T): T[] {
  if (events.some((e) => e.seq === event.seq)) return events as T[];
  const next = [...events, event];
  next.sort((a, b) => a.seq - b.seq);
  return next;
}

/** The highest seq in a list of events (the cursor a resume starts after). */
export function lastSeq(events: readonly { seq: number }[]): number {
  return events.reduce((max, e) => (e.seq > max ? e.seq : max), 0);
}

/** The incident header: owner, status, the next update due. */
export function reduceIncident(incident: Live<IncidentView>, event: LiveEvent): Live<IncidentView> {
  if (event.incidentId !== incident.id || !newer(incident, event)) return incident;
  const d = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'incident.owner_changed':
      return { ...incident, owner: d['to'] as UserRef, seq: event.seq };
    case 'incident.status_changed':
      return {
        ...incident,
        status: d['to'] as IncidentView['status'],
        nextUpdateDueAt: (d['nextUpdateDueAt'] as string | null) ?? null,
        closedAt: d['to'] === 'closed' ? event.at : incident.closedAt,
        seq: event.seq,
      };
    case 'incident.update_posted':
      return {
        ...incident,
        lastUpdateAt: event.at,
        nextUpdateDueAt: (d['nextUpdateDueAt'] as string | null) ?? null,
        seq: event.seq,
      };
    case 'incident.updated': {
      const changes = (d['changes'] ?? {}) as Record<string, unknown>;
      const patch: Partial<IncidentView> = {};
      for (const key of ['title', 'severity', 'summary', 'updateCadenceMinutes'] as const)
        if (key in changes) (patch as Record<string, unknown>)[key] = changes[key];
      if ('nextUpdateDueAt' in d) patch.nextUpdateDueAt = d['nextUpdateDueAt'] as string | null;
      return { ...incident, ...patch, seq: event.seq };
    }
    default:
      return incident;
  }
}

/** LAN plan rows: the phase moves with `lan.phase_changed`. */
export function reduceLans(
  lans: readonly Live<LanPlanView>[],
  event: LiveEvent,
): Live<LanPlanView>[] {
  if (event.type !== 'lan.phase_changed') return lans as Live<LanPlanView>[];
  const d = event.data as { lanId: string; to: LanPlanView['phase'] };
  return lans.map((lan) =>
    lan.lanId === d.lanId && newer(lan, event)
      ? { ...lan, phase: d.to, phaseChangedAt: event.at, seq: event.seq }
      : lan,
  );
}

/** Events after which the LAN board's device counts must be read again from the api. */
export function changesLanCounts(event: EventView): boolean {
  return [
    'lan.planned',
    'task.completed',
    'task.reopened',
    'task.verified',
    'task.cancelled',
    'task.created',
    'device.waived',
    'device.isolated',
    'device.infected',
  ].includes(event.type);
}

const TASK_STATUS_BY_EVENT: Record<string, TaskView['status']> = {
  'task.claimed': 'claimed',
  'task.unclaimed': 'open',
  'task.completed': 'done',
  'task.verified': 'verified',
  'task.reopened': 'open',
  'task.cancelled': 'cancelled',
};

/** A task list (a queue, an incident's tasks): claims, completions, new tasks. */
export function reduceTasks(tasks: readonly Live<TaskView>[], event: LiveEvent): Live<TaskView>[] {
  const d = event.data as Record<string, unknown>;
  const taskId = d['taskId'] as string | undefined;
  if (!taskId) return tasks as Live<TaskView>[];
  const status = TASK_STATUS_BY_EVENT[event.type];
  if (!status) return tasks as Live<TaskView>[];
  return tasks.map((task) => {
    if (task.id !== taskId || !newer(task, event)) return task;
    const next: Live<TaskView> = { ...task, status, seq: event.seq };
    if (event.type === 'task.claimed') {
      next.claimedBy = d['claimedBy'] as UserRef;
      next.claimedAt = event.at;
    }
    if (event.type === 'task.unclaimed' || event.type === 'task.reopened') {
      next.claimedBy = null;
      next.claimedAt = null;
    }
    if (event.type === 'task.completed') {
      next.completedAt = event.at;
      next.completedBy = (d['completedBy'] as UserRef | undefined) ?? null;
    }
    return next;
  });
}

/** Whether a new task for this list has appeared (the list is read again to get it). */
export function addsTask(tasks: readonly TaskView[], event: EventView): boolean {
  const taskId = (event.data as Record<string, unknown>)['taskId'];
  return event.type === 'task.created' && !tasks.some((t) => t.id === taskId);
}

/** A broadcast's counts, from `broadcast.progress` / `broadcast.completed`. */
export function reduceBroadcast(view: Live<BroadcastView>, event: LiveEvent): Live<BroadcastView> {
  if (
    event.type !== 'broadcast.progress' &&
    event.type !== 'broadcast.completed' &&
    event.type !== 'broadcast.round_completed'
  )
    return view;
  const d = event.data as unknown as BroadcastProgressData;
  if (d.broadcastId !== view.id || !newer(view, event)) return view;
  return {
    ...view,
    status: d.status,
    totals: d.totals,
    completedAt: event.type === 'broadcast.completed' ? event.at : view.completedAt,
    seq: event.seq,
  };
}
