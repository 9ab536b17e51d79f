import type { RolloutCounts, RolloutDeviceStatus } from '@cordon/contracts';
import { hasAnyRole, ScopedUser } from '../auth/department-scope';
import { DomainError } from '../errors/domain-error';

/**
 * A rollout device's life within its department's stage: pending → claimed → patched or
 * failed, like a cleanup task. A claim is exclusive (`already_claimed` naming the
 * holder); claiming what you hold changes nothing; marking an outcome on a pending
 * device claims and completes it in one step; on one another person holds is refused.
 * Patched and failed are final for the campaign.
 */
export type RolloutCommand = 'claim' | 'release' | 'patched' | 'failed';

export const ROLLOUT_TRANSITIONS: Readonly<
  Record<RolloutCommand, { from: readonly RolloutDeviceStatus[]; to: RolloutDeviceStatus }>
> = {
  claim: { from: ['pending'], to: 'claimed' },
  release: { from: ['claimed'], to: 'pending' },
  patched: { from: ['pending', 'claimed'], to: 'patched' },
  failed: { from: ['pending', 'claimed'], to: 'failed' },
};

export interface RolloutDeviceState {
  status: RolloutDeviceStatus;
  claimedById: string | null;
  claimedByName: string | null;
}

/**
 * The next status for the command by this actor, or null when nothing changes (a claim
 * of what the actor holds). The repository applies it guarded by the status it was
 * decided on.
 */
export function decideRolloutDevice(
  state: RolloutDeviceState,
  command: RolloutCommand,
  actorId: string,
): RolloutDeviceStatus | null {
  const mine = state.status === 'claimed' && state.claimedById === actorId;
  if (command === 'claim' && mine) return null;
  if (state.status === 'claimed' && !mine && command !== 'release') {
    throw new DomainError(
      'already_claimed',
      `This device is already claimed${state.claimedByName ? ` by ${state.claimedByName}` : ''}`,
      { claimedBy: { id: state.claimedById, name: state.claimedByName } },
    );
  }
  const rule = ROLLOUT_TRANSITIONS[command];
  if (!rule.from.includes(state.status)) {
    throw new DomainError('invalid_transition', `A ${state.status} device cannot be ${command}`, {
      deviceStatus: state.status,
      allowedFrom: rule.from,
    });
  }
  return rule.to;
}

/**
 * Who works on a department's rollout devices: its ITU members, and command staff (and
 * admins) anywhere. The owner directs the campaign; she does not claim.
 */
export function assertMayWorkOnRollout(user: ScopedUser, departmentId: string): void {
  if (hasAnyRole(user, ['command'])) return;
  if (user.roles.includes('itu') && user.departmentId === departmentId) return;
  throw new DomainError(
    'forbidden',
    user.roles.includes('itu')
      ? "That device belongs to another department's IT unit"
      : "Only ITU members of the device's department or command staff may patch it",
  );
}

/** Counts of devices by status. */
export function rolloutCounts(statuses: readonly RolloutDeviceStatus[]): RolloutCounts {
  const counts: RolloutCounts = { total: 0, pending: 0, claimed: 0, patched: 0, failed: 0 };
  for (const status of statuses) {
    counts.total++;
    counts[status]++;
  }
  return counts;
}
