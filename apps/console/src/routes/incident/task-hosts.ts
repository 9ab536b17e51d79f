/** Task id → its machine's host name or title, from what the incident page already holds (no task read of its own). */
import type { EventView, TaskView } from '../../api/types';

/**
 * The host names the timeline can name tasks by: from `task.created` events it holds
 * (they carry the host name) and from the department task lists opened in the tasks
 * panel. A task named by neither reads as "a machine".
 */
export function taskHosts(
  events: readonly Pick<EventView, 'type' | 'data'>[],
  lists: readonly (readonly Pick<TaskView, 'id' | 'device'>[])[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) {
    const d = e.data as Record<string, unknown>;
    if (e.type === 'task.created' && typeof d['taskId'] === 'string' && d['hostname'])
      out.set(d['taskId'], String(d['hostname']));
  }
  for (const list of lists)
    for (const t of list) if (t.device?.hostname) out.set(t.id, t.device.hostname);
  return out;
}

/**
 * Task id → an action task's title, from the `task.created` events it holds and the
 * task lists opened: claims and completions carry no title.
 */
export function taskTitles(
  events: readonly Pick<EventView, 'type' | 'data'>[],
  lists: readonly (readonly Pick<TaskView, 'id' | 'kind' | 'title'>[])[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) {
    const d = e.data as Record<string, unknown>;
    if (e.type === 'task.created' && d['kind'] === 'action' && typeof d['taskId'] === 'string')
      out.set(d['taskId'], String(d['title'] ?? ''));
  }
  for (const list of lists) for (const t of list) if (t.kind === 'action') out.set(t.id, t.title);
  return out;
}
