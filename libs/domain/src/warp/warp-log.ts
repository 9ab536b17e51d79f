import type { EventMap, EventType, LanPhase } from '@cordon/contracts';
import type { WarpLogEvent } from './warp-prompts';

/** The data of `e` when it is of type `type` (the event map's shape), else null. */
export function dataOf<T extends EventType>(e: WarpLogEvent, type: T): EventMap[T] | null {
  return e.type === type ? (e.data as EventMap[T]) : null;
}

export interface WarpLan {
  lanId: string;
  departmentId: string;
  phase: LanPhase;
  /** When the LAN first reached each phase. */
  reached: Partial<Record<LanPhase, string>>;
}

export interface WarpDevice {
  departmentId: string;
  infected: boolean;
  isolated: boolean;
}

export interface WarpTask {
  departmentId: string;
  deviceId: string | null;
  done: boolean;
}

/** What the log says, folded: LANs, devices, tasks and the departments in order of appearance. */
export interface WarpLogFacts {
  reference: string;
  declaredAt: string;
  severity: number;
  status: 'active' | 'contained' | 'recovered' | 'closed';
  /** Titles, summaries and signatures: read to know the threat, never shown. */
  threatTexts: string[];
  signatures: string[];
  departments: string[];
  lans: WarpLan[];
  devices: Map<string, WarpDevice>;
  tasks: Map<string, WarpTask>;
  detections: number;
  firstDetectionAt: string | null;
  directives: number;
  broadcasts: number;
  decisions: number;
  recoveredAt: string | null;
  closedAt: string | null;
  allReopenedAt: string | null;
}

/** Folds the incident's log (seq order) into the facts a WARP summary is built from. */
export function foldWarpLog(events: readonly WarpLogEvent[]): WarpLogFacts {
  const facts: WarpLogFacts = {
    reference: '',
    declaredAt: events[0]?.at ?? new Date(0).toISOString(),
    severity: 0,
    status: 'active',
    threatTexts: [],
    signatures: [],
    departments: [],
    lans: [],
    devices: new Map(),
    tasks: new Map(),
    detections: 0,
    firstDetectionAt: null,
    directives: 0,
    broadcasts: 0,
    decisions: 0,
    recoveredAt: null,
    closedAt: null,
    allReopenedAt: null,
  };
  const department = (id: string) => {
    if (!facts.departments.includes(id)) facts.departments.push(id);
  };
  const device = (id: string, departmentId: string): WarpDevice => {
    department(departmentId);
    const known = facts.devices.get(id) ?? { departmentId, infected: false, isolated: false };
    facts.devices.set(id, known);
    return known;
  };
  const setTask = (id: string, done: boolean) => {
    const task = facts.tasks.get(id);
    if (task) task.done = done;
  };
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const created = dataOf(e, 'incident.created');
    if (created) {
      facts.reference = created.reference;
      facts.declaredAt = e.at;
      facts.severity = created.severity;
      facts.threatTexts.push(created.title, created.summary ?? '');
    }
    const updated = dataOf(e, 'incident.updated');
    if (updated) {
      if (updated.changes.severity !== undefined) facts.severity = updated.changes.severity;
      facts.threatTexts.push(updated.changes.title ?? '', updated.changes.summary ?? '');
    }
    const status = dataOf(e, 'incident.status_changed');
    if (status) {
      facts.status = status.to;
      if (status.to === 'recovered' && !facts.recoveredAt) facts.recoveredAt = e.at;
      if (status.to === 'closed' && !facts.closedAt) facts.closedAt = e.at;
    }
    const planned = dataOf(e, 'lan.planned');
    if (planned && !facts.lans.some((l) => l.lanId === planned.lanId)) {
      department(planned.departmentId);
      facts.lans.push({
        lanId: planned.lanId,
        departmentId: planned.departmentId,
        phase: 'planned',
        reached: { planned: e.at },
      });
      facts.allReopenedAt = null;
    }
    const moved = dataOf(e, 'lan.phase_changed');
    if (moved) {
      const lan = facts.lans.find((l) => l.lanId === moved.lanId);
      if (lan) {
        lan.phase = moved.to;
        lan.reached[moved.to] ??= e.at;
      }
      const all = facts.lans.length > 0 && facts.lans.every((l) => l.phase === 'reopened');
      facts.allReopenedAt = all ? (facts.allReopenedAt ?? e.at) : null;
    }
    const detection = dataOf(e, 'detection.recorded');
    if (detection) {
      facts.detections += 1;
      facts.firstDetectionAt ??= e.at;
      facts.signatures.push(detection.signature);
      facts.threatTexts.push(detection.signature);
      if (!detection.unknownDevice && detection.deviceId) {
        device(detection.deviceId, detection.departmentId).infected = true;
      }
    }
    const infected = dataOf(e, 'device.infected');
    if (infected) device(infected.deviceId, infected.departmentId).infected = true;
    const isolated = dataOf(e, 'device.isolated');
    if (isolated) {
      const d = device(isolated.deviceId, isolated.departmentId);
      d.infected = true;
      d.isolated = true;
    }
    const task = dataOf(e, 'task.created');
    if (task) {
      department(task.departmentId);
      if (task.deviceId) device(task.deviceId, task.departmentId);
      facts.tasks.set(task.taskId, {
        departmentId: task.departmentId,
        deviceId: task.deviceId,
        done: false,
      });
    }
    if (e.type === 'task.completed' || e.type === 'task.verified')
      setTask((e.data as { taskId: string }).taskId, true);
    if (e.type === 'task.reopened') setTask((e.data as { taskId: string }).taskId, false);
    if (e.type === 'task.cancelled') facts.tasks.delete((e.data as { taskId: string }).taskId);
    const cancelled = dataOf(e, 'tasks.cancelled');
    if (cancelled) for (const id of cancelled.taskIds) facts.tasks.delete(id);
    if (e.type === 'directive.issued') facts.directives += 1;
    const broadcast = dataOf(e, 'broadcast.created');
    if (broadcast?.kind === 'broadcast') facts.broadcasts += 1;
    if (e.type === 'incident.decision_marked') facts.decisions += 1;
  }
  return facts;
}
