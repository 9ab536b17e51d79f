import type { ReopenBlocker, TaskEvidence, TaskStatus } from '@cordon/contracts';
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
  { state: 'verified' } | { state: 'waived' } | { state: 'blocked'; why: string };

/**
 * A device counts towards reopening its LAN when the owner waived it with a reason, or
 * when its cleanup task for this incident is done with evidence that meets the
 * baseline in force now (patches, signatures, a clean scan) and it has not been
 * detected infected or isolated since. The inventory record alone never counts.
 */
export function verifyDevice(
  device: GateDevice,
  cleanup: GateCleanup | undefined,
  waived: boolean,
  baseline: Baseline,
): DeviceVerification {
  if (waived) return { state: 'waived' };
  const blocked = (why: string): DeviceVerification => ({ state: 'blocked', why });
  if (!cleanup) return blocked('no cleanup task for this incident');
  switch (cleanup.status) {
    case 'open':
      return blocked('cleanup task not claimed yet');
    case 'claimed':
      return blocked(
        `cleanup task claimed${cleanup.claimedByName ? ` by ${cleanup.claimedByName}` : ''} but not completed`,
      );
    case 'cancelled':
      return blocked('cleanup task was cancelled');
    case 'done':
    case 'verified':
      break;
  }
  if (!cleanup.evidence) return blocked('cleanup task completed without evidence');
  const { missing } = evidenceShortfall(cleanup.evidence, baseline, device.avProduct);
  if (missing.length)
    return blocked(`evidence falls short of the baseline: missing ${missing.join(', ')}`);
  if (device.health === 'infected') return blocked('detected infected after its cleanup');
  if (device.health === 'isolated') return blocked('isolated from the network');
  return { state: 'verified' };
}

export interface GateResult {
  total: number;
  verified: number;
  waived: number;
  /** One per device neither verified nor waived, by host name. */
  blockers: ReopenBlocker[];
}

export function reopenGate(
  devices: readonly GateDevice[],
  cleanups: ReadonlyMap<string, GateCleanup>,
  waivers: ReadonlySet<string>,
  baseline: Baseline,
): GateResult {
  const result: GateResult = { total: devices.length, verified: 0, waived: 0, blockers: [] };
  for (const device of devices) {
    const v = verifyDevice(device, cleanups.get(device.id), waivers.has(device.id), baseline);
    if (v.state === 'verified') result.verified++;
    else if (v.state === 'waived') result.waived++;
    else result.blockers.push({ deviceId: device.id, hostname: device.hostname, why: v.why });
  }
  result.blockers.sort((a, b) => (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0));
  return result;
}
