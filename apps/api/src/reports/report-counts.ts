/**
 * Straightforward counts over an incident's events, written for the report's e2e test
 * without the domain's code: each figure the report states, counted again the plainest
 * way, so a mistake in the report's code shows as a difference.
 */
import type { EventView } from '@cordon/contracts';

/** The timeline leaves out per-machine and per-recipient events (the incident page's rule). */
export const BULK = [
  'task.created',
  'task.claimed',
  'task.unclaimed',
  'task.completed',
  'task.verified',
  'broadcast.sending',
  'broadcast.progress',
  'broadcast.acknowledged',
  'broadcast.reply_received',
  'broadcast.retry_requested',
];

export const ms = (from: string, to: string): number => Date.parse(to) - Date.parse(from);

export function median(values: number[]): number | null {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The ⌈0.9·n⌉-th smallest. */
export function p90(values: number[]): number | null {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.ceil(0.9 * s.length) - 1];
}

type D = Record<string, unknown> & {
  taskId?: string;
  deviceId?: string;
  departmentId?: string;
  lanId?: string;
  broadcastId?: string;
};
const data = (e: EventView) => e.data as D;

export class Counts {
  constructor(readonly events: EventView[]) {}

  of(type: string, where: (d: D) => boolean = () => true): EventView[] {
    return this.events.filter((e) => e.type === type && where(data(e)));
  }

  first(type: string, where?: (d: D) => boolean): EventView {
    const found = this.of(type, where)[0];
    if (!found) throw new Error(`no ${type}`);
    return found;
  }

  /** When a LAN first moved to a phase. */
  lanAt(lanId: string, to: string): string {
    return this.first('lan.phase_changed', (d) => d.lanId === lanId && d.to === to).at;
  }

  /** Task ids created for a department, with their creation time. */
  tasksOf(departmentId: string): { taskId: string; at: string }[] {
    return this.of('task.created', (d) => d.departmentId === departmentId).map((e) => ({
      taskId: String(data(e).taskId),
      at: e.at,
    }));
  }

  /** Per task: created → first `type` event of it (claimed or completed), where there is one. */
  times(departmentId: string, type: string): number[] {
    return this.tasksOf(departmentId).flatMap((t) => {
      const later = this.of(type, (d) => d.taskId === t.taskId)[0];
      return later ? [ms(t.at, later.at)] : [];
    });
  }

  /** Devices whose latest task event is a completion with a clean scan. */
  verifiedDevices(): string[] {
    const state = new Map<string, string>();
    for (const e of this.events) {
      const d = data(e);
      if (!d.deviceId) continue;
      if (e.type === 'task.created' || e.type === 'task.reopened') state.set(d.deviceId, 'open');
      const clean = (d['evidence'] as { scanClean?: boolean } | null)?.scanClean === true;
      if (e.type === 'task.completed' && clean) state.set(d.deviceId, 'verified');
    }
    return [...state.entries()].filter(([, s]) => s === 'verified').map(([id]) => id);
  }
}
