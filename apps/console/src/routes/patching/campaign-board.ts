/** Pure words and shapes of the campaign board, tested beside it. */
import type {
  ApprovalBlocker,
  CampaignStatus,
  CampaignTestDeviceView,
  RolloutCounts,
  RolloutDeviceView,
} from './campaign-types';

export type StepState = 'done' | 'current' | 'todo';

const ORDER: CampaignStatus[] = ['testing', 'approved', 'rolling_out', 'completed'];

/** The campaign's four stages as a stepper; "current" is where the work is now. */
export function campaignSteps(status: CampaignStatus): { label: string; state: StepState }[] {
  const at = ORDER.indexOf(status);
  const labels = ['Test on like machines', 'Owner’s approval', 'Rollout by department', 'Done'];
  // approved means the approval is done and the rollout is next
  const current = status === 'approved' ? 2 : at;
  return labels.map((label, i) => ({
    label,
    state: status === 'completed' || i < current ? 'done' : i === current ? 'current' : 'todo',
  }));
}

export const STATUS_WORDS: Record<CampaignStatus, string> = {
  testing: 'Testing',
  approved: 'Approved',
  rolling_out: 'Rolling out',
  completed: 'Completed',
};

/** Why approval waits, in a sentence. */
export function blockerWords(b: ApprovalBlocker): string {
  if (b.why === 'untested_build') return `${b.build}: no like machine chosen`;
  const host = b.hostname ?? 'a test device';
  return b.why === 'failed'
    ? `${host} (${b.build}): the test failed`
    : `${host} (${b.build}): no result yet`;
}

export function resultWords(t: CampaignTestDeviceView): string {
  if (!t.result) return 'Waiting for a result';
  const who = t.recordedBy ? ` by ${t.recordedBy.name}` : '';
  return `${t.result === 'passed' ? 'Passed' : 'Failed'}${who}`;
}

/** Bars of a stage, each with its number written out (the bar only repeats it). */
export function stageBars(
  c: RolloutCounts,
): { label: string; value: number; tone: 'ok' | 'bad' | 'info' | 'warn' }[] {
  return [
    { label: 'Patched', value: c.patched, tone: 'ok' },
    { label: 'Failed', value: c.failed, tone: 'bad' },
    { label: 'Claimed, in hand', value: c.claimed, tone: 'info' },
    { label: 'Pending, nobody on it', value: c.pending, tone: 'warn' },
  ];
}

export type DeviceAction = 'claim' | 'patched' | 'failed' | 'release';

/**
 * What the signed-in person may do with a rollout device: claim a pending one, mark one
 * they hold (or a pending one, claiming it on the way) patched or failed, release
 * their own. Someone else's claimed device offers nothing.
 */
export function deviceActions(
  d: RolloutDeviceView,
  meId: string,
  mayWork: boolean,
): DeviceAction[] {
  if (!mayWork) return [];
  if (d.status === 'pending') return ['claim', 'patched', 'failed'];
  if (d.status === 'claimed' && d.claimedBy?.id === meId) return ['patched', 'failed', 'release'];
  return [];
}

export const DEVICE_STATUS_WORDS: Record<RolloutDeviceView['status'], string> = {
  pending: 'Pending',
  claimed: 'Claimed',
  patched: 'Patched',
  failed: 'Failed',
};
