import type { LanPhase } from '@cordon/contracts';
import { formatIpv4, parseIpv4 } from '../inventory/network';

/**
 * What a detection does to the device, by the phase of its LAN in the active incident:
 * on a reopened LAN the device is cut off at once (isolated) and a task goes to its
 * department, so the LAN stays open; anywhere else it is marked infected (a shut-down
 * LAN is already off the network; its cleanup task is reopened if it was done).
 */
export type DetectionEffect = 'isolate' | 'mark_infected';

export function detectionEffect(phase: LanPhase | null): DetectionEffect {
  return phase === 'reopened' ? 'isolate' : 'mark_infected';
}

/** A done cleanup task is reopened when its device is detected again before the LAN reopens. */
export const reopensCleanup = (phase: LanPhase | null): boolean =>
  phase === 'shut_down' || phase === 'cleaning';

/** The host name an unknown device is recorded under when the detection named none. */
export function unknownHostname(ip: string): string {
  const value = parseIpv4(ip);
  if (value === null) throw new RangeError(`not an IPv4 address: ${ip}`);
  return `unknown-${formatIpv4(value).replace(/\./g, '-')}`;
}
