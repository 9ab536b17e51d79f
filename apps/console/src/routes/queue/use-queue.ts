import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { IncidentView, LiveEvent, Page, TaskStatus, TaskView } from '../../api/types';
import { api } from '../../api/client';
import { readPages } from '../../api/pages';
import { useUser } from '../../auth/session';
import { useIncidentEvents } from '../../live/live-context';
import { useDebouncedInvalidate } from '../../live/use-debounced-invalidate';
import { Live, reduceTasks } from '../../live/reducers';
import { useIncidentTip } from '../../live/use-incident-tip';
import { mergeTasks, upsertTask, withMissedEvents } from './queue-view';

/** The lists the queue reads; live events are applied to each. */
export const QUEUE_LISTS = ['open', 'claimed', 'done'] as const;
export type QueueList = (typeof QUEUE_LISTS)[number];

export const queueKeys = {
  incidents: ['queue', 'incidents'] as const,
  list: (list: QueueList) => ['queue', 'tasks', list] as const,
  directives: (incidentId: string) => ['queue', 'directives', incidentId] as const,
};

/** The most a list reads (500 a page); a department's queue is a few hundred machines. */
const LIST_CAP = 3_000;

async function readAll(status: TaskStatus, cap = LIST_CAP): Promise<TaskView[]> {
  return (await readPages<TaskView>('tasks', { status }, { maxPages: Math.ceil(cap / 500) })).items;
}

/**
 * Task events received lately, in order. A list read while events arrive may have been
 * read before them: once read, the events that came during the read are applied to it
 * again (harmless if it already shows them), so a refetch never undoes a claim seen live.
 */
const recent = { events: [] as LiveEvent[], count: 0 };
const RECENT_MAX = 1_000;

function remember(event: LiveEvent): void {
  recent.events.push(event);
  recent.count++;
  if (recent.events.length > RECENT_MAX) recent.events.splice(0, recent.events.length - RECENT_MAX);
}

async function readLive(read: () => Promise<TaskView[]>): Promise<Live<TaskView>[]> {
  const mark = recent.count;
  const items: Live<TaskView>[] = await read();
  return withMissedEvents(items, recent.events, recent.count - mark);
}

const readers: Record<QueueList, () => Promise<Live<TaskView>[]>> = {
  open: () => readLive(() => readAll('open')),
  claimed: () => readLive(() => readAll('claimed')),
  // the latest completed work, for the Done tab: done (awaiting verification) and verified
  done: () =>
    readLive(async () => [...(await readAll('done', 200)), ...(await readAll('verified', 200))]),
};

/** The department's tasks (the api scopes an ITU member to his department), merged. */
export function useQueueTasks() {
  const open = useQuery({ queryKey: queueKeys.list('open'), queryFn: readers.open });
  const claimed = useQuery({ queryKey: queueKeys.list('claimed'), queryFn: readers.claimed });
  const done = useQuery({ queryKey: queueKeys.list('done'), queryFn: readers.done });
  const tasks = useMemo(
    () => mergeTasks([open.data, claimed.data, done.data] as (Live<TaskView>[] | undefined)[]),
    [open.data, claimed.data, done.data],
  );
  return {
    tasks,
    isPending: open.isPending || claimed.isPending || done.isPending,
    error: open.error ?? claimed.error ?? done.error,
  };
}

/** Puts the api's answer about a task in every list, and into `into` when it is not there. */
export function usePutTask() {
  const qc = useQueryClient();
  return useCallback(
    (answer: TaskView, into: QueueList | null) => {
      const known = QUEUE_LISTS.flatMap(
        (l) => qc.getQueryData<TaskView[]>(queueKeys.list(l)) ?? [],
      ).find((t) => t.id === answer.id);
      const task = { ...answer, device: answer.device ?? known?.device };
      // a read in flight may answer older than this: the live event of the change,
      // reapplied to it (see readLive), puts it right
      for (const list of QUEUE_LISTS)
        qc.setQueryData<Live<TaskView>[]>(
          queueKeys.list(list),
          (v) => v && upsertTask(v, task, list === into),
        );
    },
    [qc],
  );
}

/** Open incidents that involve the department (the api scopes the list for ITU members). */
export function useQueueIncidents() {
  return useQuery({
    queryKey: queueKeys.incidents,
    queryFn: () => api.get<Page<IncidentView>>('incidents', { open: true, limit: 100 }),
    // an incident that comes to involve the department appears within a minute
    refetchInterval: 60_000,
  });
}

/**
 * Follows one incident for the queue: subscribes from where its log ends now
 * (useIncidentTip), reads the lists again once (so they are not older than the
 * cursor), then applies each task event to every list with `reduceTasks`: a task a
 * colleague claims leaves everyone's Unclaimed at once.
 */
export function useFollowIncident(incidentId: string): void {
  const qc = useQueryClient();
  const user = useUser();
  const refetch = useDebouncedInvalidate();
  const tip = useIncidentTip(incidentId);
  const since = tip.data ?? null;
  useEffect(() => {
    if (since === null) return;
    for (const list of QUEUE_LISTS) void qc.invalidateQueries({ queryKey: queueKeys.list(list) });
  }, [since === null, qc]);
  useIncidentEvents(incidentId, since, (event: LiveEvent) => {
    const d = event.data as { departmentId?: string };
    const ours = !user.departmentId || !d.departmentId || d.departmentId === user.departmentId;
    if (event.type.startsWith('task.')) {
      remember(event);
      for (const list of QUEUE_LISTS)
        qc.setQueryData<Live<TaskView>[]>(queueKeys.list(list), (v) => v && reduceTasks(v, event));
      if (event.type === 'task.created' && ours) refetch(queueKeys.list('open'));
      // moved to another department or given to someone: read the lists again
      if (event.type === 'task.reassigned')
        for (const list of QUEUE_LISTS) refetch(queueKeys.list(list));
    }
    if (event.type.startsWith('directive.')) refetch(queueKeys.directives(incidentId));
    if (event.type === 'incident.status_changed') refetch(queueKeys.incidents);
  });
}
