import {
  REOPEN_BLOCKER_STATES,
  type ReopenBlocker,
  type ReopenBlockerCounts,
  type ReopenBlockerState,
  type TaskEvidence,
  type TaskStatus,
} from '@cordon/contracts';
import type { Baseline, DeviceHealth } from '../compliance/compliance';
import { evidenceShortfall } from '../tasks/evidence';

/** A device on the LAN as the gate sees it. */
export interface GateDevice {
  id: string;
  hostname: string;
  health: DeviceHealth;
  avProduct: string | null;
}

/** The device's cleanup task for this incident. */
export interface GateCleanup {
  status: TaskStatus;
  evidence: TaskEvidence | null;
  claimedByName: string | null;
}

export type DeviceVerification =
  | { state: 'verified' }
  | { state: 'waived' }
  | { state: 'blocked'; blocker: ReopenBlockerState; why: string };

/**
 * A device counts towards reopening its LAN when the owner waived it with a reason, or
 * when its cleanup task for this incident is done with evidence that meets the
 * baseline in force now (patches, signatures, a clean scan) and it has not been
 * detected infected or isolated since. The inventory record alone never counts.
 * What blocks it is its health first (infected, isolated: whatever its task says),
 * then its task.
 */
export function verifyDevice(
  device: GateDevice,
  cleanup: GateCleanup | undefined,
  waived: boolean,
  baseline: Baseline,
): DeviceVerification {
  if (waived) return { state: 'waived' };
  const blocked = (blocker: ReopenBlockerState, why: string): DeviceVerification => ({
    state: 'blocked',
    blocker,
    why,
  });
  const cleaned = cleanup?.status === 'done' || cleanup?.status === 'verified';
  if (device.health === 'infected') {
    return blocked(
      'infected',
      cleaned ? 'detected infected after its cleanup' : 'detected infected',
    );
  }
  if (device.health === 'isolated') return blocked('isolated', 'isolated from the network');
  if (!cleanup) return blocked('no_task', 'no cleanup task for this incident');
  switch (cleanup.status) {
    case 'open':
      return blocked('unclaimed', 'cleanup task not claimed yet');
    case 'claimed':
      return blocked(
        'claimed',
        `cleanup task claimed${cleanup.claimedByName ? ` by ${cleanup.claimedByName}` : ''} but not completed`,
      );
    case 'cancelled':
      return blocked('cancelled', 'cleanup task was cancelled');
    case 'done':
    case 'verified':
      break;
  }
  if (!cleanup.evidence)
    return blocked('below_baseline', 'cleanup task completed without evidence');
  const { missing } = evidenceShortfall(cleanup.evidence, baseline, device.avProduct);
  if (missing.length) {
    return blocked(
      'below_baseline',
      `evidence falls short of the baseline: missing ${missing.join(', ')}`,
    );
  }
  return { state: 'verified' };
}

export const noBlockers = (): ReopenBlockerCounts =>
  Object.fromEntries(REOPEN_BLOCKER_STATES.map((s) => [s, 0])) as ReopenBlockerCounts;

const STATE_WORDS: Record<ReopenBlockerState, string> = {
  infected: 'infected',
  isolated: 'isolated',
  unclaimed: 'not claimed',
  claimed: 'in progress',
  below_baseline: 'below the baseline',
  no_task: 'without a cleanup task',
  cancelled: 'with the task cancelled',
};

/** "12 infected, 240 not claimed, 60 in progress": the states that hold, in order. */
export const describeBlockers = (counts: ReopenBlockerCounts): string =>
  REOPEN_BLOCKER_STATES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${STATE_WORDS[s]}`)
    .join(', ');

/** Infected and isolated devices first (the ones to act on), then by host name. */
const rank = (b: ReopenBlocker): number =>
  b.state === 'infected' ? 0 : b.state === 'isolated' ? 1 : 2;

export function compareBlockers(a: ReopenBlocker, b: ReopenBlocker): number {
  return rank(a) - rank(b) || (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0);
}

export interface GateResult {
  total: number;
  verified: number;
  waived: number;
  /** The devices neither verified nor waived, per blocker state. */
  blocked: ReopenBlockerCounts;
  /** One per device neither verified nor waived: infected and isolated first, then by host name. */
  blockers: ReopenBlocker[];
}

export function reopenGate(
  devices: readonly GateDevice[],
  cleanups: ReadonlyMap<string, GateCleanup>,
  waivers: ReadonlySet<string>,
  baseline: Baseline,
): GateResult {
  const result: GateResult = {
    total: devices.length,
    verified: 0,
    waived: 0,
    blocked: noBlockers(),
    blockers: [],
  };
  for (const device of devices) {
    const v = verifyDevice(device, cleanups.get(device.id), waivers.has(device.id), baseline);
    if (v.state === 'verified') result.verified++;
    else if (v.state === 'waived') result.waived++;
    else {
      result.blocked[v.blocker]++;
      result.blockers.push({
        deviceId: device.id,
        hostname: device.hostname,
        state: v.blocker,
        why: v.why,
      });
    }
  }
  result.blockers.sort(compareBlockers);
  return result;
}
