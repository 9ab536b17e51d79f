/**
 * The plan's machines over time, folded from the event log: how many are not yet
 * verified, how many infected and how many isolated, after each event; and each
 * verification and re-infection with its time. The incident page's chart and the
 * report both read this.
 *
 * A machine enters the plan with its cleanup or isolation task (`task.created` with a
 * device: a shutdown creates one per machine), is verified when its task is completed
 * with evidence and a clean scan (the api refuses evidence below the standard build)
 * or verified by command staff, is unverified again when its task is reopened, and
 * leaves the count when waived or its task cancelled. Health follows `device.infected`
 * / `device.isolated`, and a completion that leaves the machine clean clears it. A
 * re-infection is an infection or isolation of a machine that had been verified.
 */
import type { BurndownPoint } from '@cordon/contracts';
import type { ReportEvent } from './report-event';

/** The event types the fold reads (a fraction of the log: no claims, no deliveries). */
export const BURNDOWN_EVENT_TYPES = [
  'task.created',
  'task.completed',
  'task.verified',
  'task.reopened',
  'task.cancelled',
  'tasks.cancelled',
  'device.infected',
  'device.isolated',
  'device.waived',
] as const;

export interface DeviceFold {
  points: BurndownPoint[];
  /** Each move of a machine from unverified to verified, with its time. */
  verifications: { deviceId: string; at: string }[];
  reinfections: { deviceId: string; hostname: string; at: string }[];
  inPlan: number;
  verified: number;
  waived: number;
  /** Machines per LAN (by the LAN their task was created on). */
  devicesPerLan: Map<string, Set<string>>;
  infections: number;
  isolations: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The machines in the plan by state, counting the open ones as it goes (a log has thousands). */
class Plan {
  private readonly states = new Map<string, 'open' | 'verified'>();
  open = 0;
  get size(): number {
    return this.states.size;
  }
  get(device: string) {
    return this.states.get(device);
  }
  has(device: string): boolean {
    return this.states.has(device);
  }
  set(device: string, state: 'open' | 'verified'): void {
    this.delete(device);
    this.states.set(device, state);
    if (state === 'open') this.open += 1;
  }
  delete(device: string): boolean {
    if (this.states.get(device) === 'open') this.open -= 1;
    return this.states.delete(device);
  }
}

/** Folds the events (taken in seq order) into the burndown and its tallies. */
export function foldDevices(events: readonly ReportEvent[]): DeviceFold {
  const plan = new Plan();
  const deviceOfTask = new Map<string, string>();
  const infected = new Set<string>();
  const isolated = new Set<string>();
  const everVerified = new Set<string>();
  const waived = new Set<string>();
  const devicesPerLan = new Map<string, Set<string>>();
  const fold: DeviceFold = {
    points: [],
    verifications: [],
    reinfections: [],
    inPlan: 0,
    verified: 0,
    waived: 0,
    devicesPerLan,
    infections: 0,
    isolations: 0,
  };
  const counts = () => ({
    unverified: plan.open,
    infected: infected.size,
    isolated: isolated.size,
  });
  const verify = (device: string, at: string) => {
    if (plan.get(device) === 'open') fold.verifications.push({ deviceId: device, at });
    plan.set(device, 'verified');
    everVerified.add(device);
  };
  let last = counts();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const d = e.data;
    const taskId = str(d['taskId']);
    const device = str(d['deviceId']) || deviceOfTask.get(taskId) || '';
    switch (e.type) {
      case 'task.created': {
        if (!device || d['kind'] === 'action') break;
        deviceOfTask.set(taskId, device);
        plan.set(device, 'open');
        const lanId = str(d['lanId']);
        if (lanId) devicesPerLan.set(lanId, (devicesPerLan.get(lanId) ?? new Set()).add(device));
        break;
      }
      case 'task.completed': {
        if (!device || !plan.has(device)) break;
        const evidence = d['evidence'] as { scanClean?: unknown } | null | undefined;
        if (evidence && evidence.scanClean !== false) verify(device, e.at);
        const health = str((d['device'] as { health?: unknown } | null)?.health);
        if (health === 'clean') {
          infected.delete(device);
          isolated.delete(device);
        }
        break;
      }
      case 'task.verified':
        if (device && plan.has(device)) verify(device, e.at);
        break;
      case 'task.reopened':
        if (device && plan.has(device)) plan.set(device, 'open');
        break;
      case 'task.cancelled':
        if (device) plan.delete(device);
        break;
      case 'tasks.cancelled':
        for (const id of (d['taskIds'] as string[] | undefined) ?? []) {
          const dev = deviceOfTask.get(id);
          if (dev) plan.delete(dev);
        }
        break;
      case 'device.infected':
      case 'device.isolated':
        if (!device) break;
        if (e.type === 'device.infected') {
          fold.infections += 1;
          infected.add(device);
          isolated.delete(device);
        } else {
          fold.isolations += 1;
          isolated.add(device);
          infected.delete(device);
        }
        if (everVerified.has(device)) {
          fold.reinfections.push({ deviceId: device, hostname: str(d['hostname']), at: e.at });
        }
        break;
      case 'device.waived':
        if (plan.delete(device)) waived.add(device);
        infected.delete(device);
        isolated.delete(device);
        break;
      default:
        break;
    }
    const next = counts();
    if (
      next.unverified !== last.unverified ||
      next.infected !== last.infected ||
      next.isolated !== last.isolated
    ) {
      const at = new Date(e.at).getTime();
      // several changes in the same instant (a shutdown's tasks) make one point
      if (fold.points.length && fold.points[fold.points.length - 1].at === at) fold.points.pop();
      fold.points.push({ at, ...next });
      last = next;
    }
  }
  fold.inPlan = plan.size + waived.size;
  fold.verified = plan.size - plan.open;
  fold.waived = waived.size;
  return fold;
}

/** The burndown alone (the incident page's chart). */
export const foldBurndown = (events: readonly ReportEvent[]): BurndownPoint[] =>
  foldDevices(events).points;

/** Verifications per UTC day, oldest first. */
export function perDay(
  verifications: readonly { at: string }[],
): { day: string; verified: number }[] {
  const days = new Map<string, number>();
  for (const v of verifications)
    days.set(v.at.slice(0, 10), (days.get(v.at.slice(0, 10)) ?? 0) + 1);
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, verified]) => ({ day, verified }));
}
