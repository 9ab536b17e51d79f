import type { ApprovalBlocker, CampaignStatus, TestResult } from '@cordon/contracts';
import { DomainError } from '../errors/domain-error';
import { affectedBuildOf } from './advisory';

/**
 * A campaign's life: testing → approved → rolling_out → completed. Test devices and
 * their results change only while testing; departments' stages start once approved;
 * the campaign completes when every department with affected devices has its stage
 * and none of its devices is pending. The table is the rule.
 */
export const CAMPAIGN_COMMANDS = [
  'set_test_devices',
  'record_test',
  'approve',
  'start_stage',
  'complete_device',
  'complete',
] as const;
export type CampaignCommand = (typeof CAMPAIGN_COMMANDS)[number];

export const CAMPAIGN_TRANSITIONS: Readonly<
  Record<CampaignCommand, { from: readonly CampaignStatus[]; to: CampaignStatus | 'same' }>
> = {
  set_test_devices: { from: ['testing'], to: 'same' },
  record_test: { from: ['testing'], to: 'same' },
  approve: { from: ['testing'], to: 'approved' },
  start_stage: { from: ['approved', 'rolling_out'], to: 'rolling_out' },
  complete_device: { from: ['rolling_out'], to: 'same' },
  complete: { from: ['rolling_out'], to: 'completed' },
};

/** The campaign's status after the command, or `invalid_transition`. */
export function decideCampaign(status: CampaignStatus, command: CampaignCommand): CampaignStatus {
  const rule = CAMPAIGN_TRANSITIONS[command];
  if (!rule.from.includes(status)) {
    throw new DomainError(
      'invalid_transition',
      `A campaign that is ${status.replace('_', ' ')} cannot ${command.replace(/_/g, ' ')}`,
      { campaignStatus: status, allowedFrom: rule.from },
    );
  }
  return rule.to === 'same' ? status : rule.to;
}

export interface TestDeviceState {
  deviceId: string;
  hostname: string;
  os: string;
  result: TestResult | null;
}

/**
 * What approval waits for: each build that has devices needs a test device, each test
 * device a result, and every result must be a pass. In the advisory's order of builds.
 */
export function approvalBlockers(
  buildsWithDevices: readonly string[],
  tests: readonly TestDeviceState[],
): ApprovalBlocker[] {
  const blockers: ApprovalBlocker[] = [];
  for (const build of buildsWithDevices) {
    const mine = tests.filter((t) => affectedBuildOf([build], t.os) !== null);
    if (mine.length === 0) {
      blockers.push({ why: 'untested_build', build, deviceId: null, hostname: null });
    }
    for (const test of mine) {
      if (test.result === 'passed') continue;
      blockers.push({
        why: test.result === 'failed' ? 'failed' : 'no_result',
        build,
        deviceId: test.deviceId,
        hostname: test.hostname,
      });
    }
  }
  return blockers;
}

export interface ApprovalDecision {
  overrideReason: string | null;
  overridden: ApprovalBlocker[];
}

/**
 * The owner approves when nothing blocks; over blockers only with a reason (at least 10
 * characters), which is kept with the blockers it overrode. Otherwise `approval_blocked`
 * naming each blocker.
 */
export function decideApproval(
  status: CampaignStatus,
  blockers: readonly ApprovalBlocker[],
  overrideReason: string | undefined,
): ApprovalDecision {
  decideCampaign(status, 'approve');
  const reason = overrideReason?.trim() ?? '';
  if (blockers.length === 0) return { overrideReason: reason || null, overridden: [] };
  if (reason.length >= 10) return { overrideReason: reason, overridden: [...blockers] };
  throw new DomainError(
    'approval_blocked',
    `Approval waits for ${blockers.length} test${blockers.length === 1 ? '' : 's'}; give an overrideReason to approve anyway`,
    { blockers },
  );
}

/** Every department with affected devices has its stage and nothing is pending. */
export function campaignFinished(
  departments: readonly {
    affected: number;
    stage: { pending: number; claimed: number } | null;
  }[],
): boolean {
  const withDevices = departments.filter((d) => d.affected > 0);
  return (
    withDevices.length > 0 &&
    withDevices.every((d) => d.stage !== null && d.stage.pending + d.stage.claimed === 0)
  );
}
