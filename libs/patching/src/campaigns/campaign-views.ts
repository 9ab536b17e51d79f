import type {
  AdvisoryView,
  ApprovalBlocker,
  CampaignDepartmentView,
  CampaignStatus,
  CampaignView,
  RolloutCounts,
  RolloutDeviceStatus,
  RolloutDeviceView,
} from '@cordon/contracts';
import { affectedBuildOf, approvalBlockers } from '@cordon/domain';
import type { DepartmentRow, StageRow, TestDeviceRow } from './campaign.repository';
import type { CampaignEntity } from './entities/campaign.entity';
import type { AffectedDeviceRow, RolloutDeviceRow } from './rollout.repository';

const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

const iso = (at: Date | string | null): string | null =>
  at === null ? null : new Date(at).toISOString();

/** Everything a campaign's board is drawn from, as read in one go. */
export interface CampaignFacts {
  campaign: CampaignEntity;
  advisory: AdvisoryView;
  tests: TestDeviceRow[];
  affected: AffectedDeviceRow[];
  departments: DepartmentRow[];
  stages: StageRow[];
  counts: { departmentId: string; status: RolloutDeviceStatus; n: number }[];
  lastSeq: number;
}

/** The advisory's builds that some device in the inventory runs, in the advisory's order. */
export function buildsWithDevices(advisory: AdvisoryView, affected: AffectedDeviceRow[]): string[] {
  const present = new Set(affected.map((d) => affectedBuildOf(advisory.affectedBuilds, d.os)));
  return advisory.affectedBuilds.filter((b) => present.has(b));
}

export function blockersOf(
  status: CampaignStatus,
  advisory: AdvisoryView,
  affected: AffectedDeviceRow[],
  tests: TestDeviceRow[],
): ApprovalBlocker[] {
  return status === 'testing' ? approvalBlockers(buildsWithDevices(advisory, affected), tests) : [];
}

/** Counts from grouped rows (`rolloutCounts` counts a list of statuses). */
export function countsOf(rows: { status: RolloutDeviceStatus; n: number }[]): RolloutCounts {
  const counts: RolloutCounts = { total: 0, pending: 0, claimed: 0, patched: 0, failed: 0 };
  for (const row of rows) {
    counts.total += row.n;
    counts[row.status] += row.n;
  }
  return counts;
}

/**
 * Departments with affected devices or a stage, by code; `only` limits them to one
 * department (an ITU member sees their own).
 */
export function departmentViews(
  facts: CampaignFacts,
  only: string | null,
): CampaignDepartmentView[] {
  return facts.departments
    .filter((d) => only === null || d.id === only)
    .map((d) => {
      const stage = facts.stages.find((s) => s.departmentId === d.id) ?? null;
      const affected = facts.affected.filter((a) => a.departmentId === d.id).length;
      return {
        departmentId: d.id,
        code: d.code,
        name: d.name,
        affected,
        stage: stage && {
          departmentId: d.id,
          code: d.code,
          name: d.name,
          startedAt: iso(stage.startedAt) as string,
          startedBy: { id: stage.startedById, name: stage.startedByName },
          ...countsOf(facts.counts.filter((c) => c.departmentId === d.id)),
        },
      };
    })
    .filter((d) => d.affected > 0 || d.stage !== null);
}

export function toCampaignView(facts: CampaignFacts, only: string | null): CampaignView {
  const { campaign, advisory } = facts;
  const departments = departmentViews(facts, only);
  const present = buildsWithDevices(advisory, facts.affected);
  const foreignOf = (deviceId: string) =>
    facts.tests.some((t) => t.deviceId === deviceId && t.departmentId !== only);
  return {
    id: campaign.id,
    advisory,
    status: campaign.status,
    createdAt: campaign.createdAt.toISOString(),
    createdBy: { id: campaign.createdById, name: campaign.createdByName },
    // an ITU member sees their own department's test machines only
    testDevices: facts.tests
      .filter((t) => only === null || t.departmentId === only)
      .map((t) => ({
        deviceId: t.deviceId,
        hostname: t.hostname,
        os: t.os,
        departmentId: t.departmentId,
        result: t.result,
        note: t.note,
        recordedBy: ref(t.recordedById, t.recordedByName),
        recordedAt: iso(t.recordedAt),
      })),
    buildsWithoutDevices: advisory.affectedBuilds.filter((b) => !present.includes(b)),
    approvalBlockers: blockersOf(campaign.status, advisory, facts.affected, facts.tests).filter(
      (b) => only === null || !b.deviceId || !foreignOf(b.deviceId),
    ),
    approval:
      campaign.approvedAt && campaign.approvedById
        ? {
            approvedBy: { id: campaign.approvedById, name: campaign.approvedByName ?? '' },
            approvedAt: campaign.approvedAt.toISOString(),
            overrideReason: campaign.overrideReason,
            overridden: campaign.overridden,
          }
        : null,
    departments,
    totals: countsOf(facts.counts.filter((c) => only === null || c.departmentId === only)),
    lastSeq: facts.lastSeq,
  };
}

export const toRolloutDeviceView = (r: RolloutDeviceRow): RolloutDeviceView => ({
  deviceId: r.deviceId,
  hostname: r.hostname,
  os: r.os,
  lanId: r.lanId,
  departmentId: r.departmentId,
  status: r.status,
  claimedBy: ref(r.claimedById, r.claimedByName),
  claimedAt: iso(r.claimedAt),
  completedBy: ref(r.completedById, r.completedByName),
  completedAt: iso(r.completedAt),
  note: r.note,
  linkedIncident:
    r.incidentId && r.incidentReference
      ? { incidentId: r.incidentId, reference: r.incidentReference }
      : null,
});
