/**
 * Patching: advisories, rollout campaigns (like machines → test results → approval →
 * staged rollout by department) and, below, fall-back plans for critical services.
 */
import type { UserRef } from './incidents';
import type { TaskStatus } from './tasks';

// Advisories and campaigns (libs/patching advisor*/campaign*).

export const ADVISORY_SEVERITIES = ['critical', 'important', 'moderate', 'low'] as const;
export type AdvisorySeverity = (typeof ADVISORY_SEVERITIES)[number];

/** A vendor's security alert and the patch that removes the vulnerability. */
export interface AdvisoryView {
  id: string;
  /** The vendor's identifier, upper case: MS03-026. */
  identifier: string;
  title: string;
  severity: AdvisorySeverity;
  /** The OS builds affected, as devices' `os` field names them (Windows 2000 SP4). */
  affectedBuilds: string[];
  /** The patch name as baselines and device records list it (upper case): KB823980. */
  patch: string;
  summary: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateAdvisoryRequest {
  identifier: string;
  title: string;
  severity: AdvisorySeverity;
  affectedBuilds: string[];
  patch: string;
  summary?: string;
}

export type UpdateAdvisoryRequest = Partial<CreateAdvisoryRequest>;

/** testing → approved → rolling_out (a department's stage started) → completed (nothing pending). */
export const CAMPAIGN_STATUSES = ['testing', 'approved', 'rolling_out', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const TEST_RESULTS = ['passed', 'failed'] as const;
export type TestResult = (typeof TEST_RESULTS)[number];

/** A rollout device's state: claimed is pending with an ITU member on it. */
export const ROLLOUT_DEVICE_STATUSES = ['pending', 'claimed', 'patched', 'failed'] as const;
export type RolloutDeviceStatus = (typeof ROLLOUT_DEVICE_STATUSES)[number];

/** A "like" machine the patch is tried on before it reaches live ones. */
export interface CampaignTestDeviceView {
  deviceId: string;
  hostname: string;
  os: string;
  departmentId: string;
  result: TestResult | null;
  note: string | null;
  recordedBy: UserRef | null;
  recordedAt: string | null;
}

/** Why approval waits: a build without a test device, a test without a result, a failed test. */
export interface ApprovalBlocker {
  why: 'untested_build' | 'no_result' | 'failed';
  build: string;
  deviceId: string | null;
  hostname: string | null;
}

export interface CampaignApprovalView {
  approvedBy: UserRef;
  approvedAt: string;
  /** Given when the owner approved over blockers; those blockers are kept. */
  overrideReason: string | null;
  overridden: ApprovalBlocker[];
}

export interface RolloutCounts {
  total: number;
  /** Pending ones nobody has claimed yet. */
  pending: number;
  claimed: number;
  patched: number;
  failed: number;
}

/** One department's stage of the rollout (there is none until the owner starts it). */
export interface CampaignStageView extends RolloutCounts {
  departmentId: string;
  code: string;
  name: string;
  startedAt: string;
  startedBy: UserRef;
}

/** A department's affected devices, counted whether or not its stage has started. */
export interface CampaignDepartmentView {
  departmentId: string;
  code: string;
  name: string;
  affected: number;
  stage: CampaignStageView | null;
}

export interface CampaignView {
  id: string;
  advisory: AdvisoryView;
  status: CampaignStatus;
  createdAt: string;
  createdBy: UserRef;
  testDevices: CampaignTestDeviceView[];
  /** Builds the advisory names with no device in the inventory: nothing to test or patch. */
  buildsWithoutDevices: string[];
  /** What approval waits for now (empty once approved). */
  approvalBlockers: ApprovalBlocker[];
  approval: CampaignApprovalView | null;
  departments: CampaignDepartmentView[];
  totals: RolloutCounts;
  /** The campaign's event stream position (`GET /campaigns/:id/events?sinceSeq=`). */
  lastSeq: number;
}

export interface CampaignSummaryView {
  id: string;
  advisoryId: string;
  identifier: string;
  title: string;
  severity: AdvisorySeverity;
  status: CampaignStatus;
  createdAt: string;
  totals: RolloutCounts;
}

export interface CreateCampaignRequest {
  advisoryId: string;
  /** The owner's choice of like machines; left out, one per affected build is picked. */
  testDeviceIds?: string[];
}

export interface SetTestDevicesRequest {
  testDeviceIds: string[];
}

export interface RecordTestResultRequest {
  result: TestResult;
  note?: string;
}

export interface ApproveCampaignRequest {
  /** Required to approve while a build is untested or a test has no result or failed. */
  overrideReason?: string;
}

export interface StartStageRequest {
  departmentId: string;
}

/** An incident opened because the patch failed on a live server of a critical service. */
export interface LinkedIncidentRef {
  incidentId: string;
  reference: string;
}

export interface RolloutDeviceView {
  deviceId: string;
  hostname: string;
  os: string;
  lanId: string;
  departmentId: string;
  status: RolloutDeviceStatus;
  claimedBy: UserRef | null;
  claimedAt: string | null;
  completedBy: UserRef | null;
  completedAt: string | null;
  note: string | null;
  linkedIncident: LinkedIncidentRef | null;
}

export interface RolloutOutcomeRequest {
  outcome: 'patched' | 'failed';
  note?: string;
}

// Event data (stream `campaign:<id>`; advisories on `patching`).

export interface CampaignSubject {
  campaignId: string;
  advisoryId: string;
  identifier: string;
}

export interface RolloutDeviceSubject extends CampaignSubject {
  deviceId: string;
  hostname: string;
  departmentId: string;
}

export interface CampaignTestDevicesData extends CampaignSubject {
  testDevices: { deviceId: string; hostname: string; os: string }[];
}

export interface CampaignTestRecordedData extends CampaignSubject {
  deviceId: string;
  hostname: string;
  result: TestResult;
  note: string | null;
}

export interface CampaignApprovedData extends CampaignSubject {
  patch: string;
  overrideReason: string | null;
  overridden: ApprovalBlocker[];
  /** The patch joined the standard build's required patches (false: it was there already). */
  baselineChanged: boolean;
}

export interface CampaignStageStartedData extends CampaignSubject {
  departmentId: string;
  /** Affected devices now pending. */
  devices: number;
  /** Affected devices whose record already lists the patch: not part of the stage. */
  alreadyPatched: number;
}

export interface RolloutDeviceCompletedData extends RolloutDeviceSubject {
  outcome: 'patched' | 'failed';
  completedBy: UserRef;
  note: string | null;
}

// Critical services and their fall-back plans (libs/patching fallback/, critical-service*).

/** One step of a fall-back plan, in order; first steps become tasks the moment it is used. */
export interface FallbackStep {
  text: string;
  firstStep: boolean;
}

/** What to switch to: a device of the inventory, a described standby, or both. */
export interface StandbyView {
  device: { id: string; hostname: string } | null;
  description: string | null;
}

/** A live server hosting a critical service (a device of the inventory). */
export interface CriticalServiceServerView {
  deviceId: string;
  hostname: string;
  os: string | null;
  lanId: string;
  departmentId: string;
}

export interface CriticalServiceView {
  id: string;
  name: string;
  description: string | null;
  servers: CriticalServiceServerView[];
  steps: FallbackStep[];
  standby: StandbyView;
  /** Who decides to fall back: owns the incident a failed patch opens. */
  decider: UserRef;
  /** YYYY-MM-DD the plan was last reviewed. */
  lastReviewedOn: string;
  /** Last reviewed more than six months ago: review it. */
  reviewOverdue: boolean;
  /** False while the plan has no step: an incident would say "no fall-back plan". */
  hasPlan: boolean;
  /** Each change is one; send it back with a change (409 conflict when another came first). */
  version: number;
  updatedAt: string;
}

export interface CreateCriticalServiceRequest {
  name: string;
  description?: string | null;
  /** The live servers (device ids); a device hosts at most one critical service. */
  serverIds: string[];
  steps: FallbackStep[];
  standbyDeviceId?: string | null;
  standbyDescription?: string | null;
  /** An active user with the owner or command role (or an admin). */
  deciderId: string;
  lastReviewedOn: string;
}

/** The whole service again, with the version it was read at. */
export interface UpdateCriticalServiceRequest extends CreateCriticalServiceRequest {
  version: number;
}

/** A fall-back plan as it stood when it was recorded (events) or used (an incident). */
export interface FallbackPlanSnapshot {
  serviceId: string;
  name: string;
  version: number;
  steps: FallbackStep[];
  standby: { deviceId: string | null; hostname: string | null; description: string | null };
  decider: UserRef;
  lastReviewedOn: string;
}

/** Data of `critical_service.created` and `.updated` (stream `critical-service:<id>`). */
export interface CriticalServiceRecordedData {
  service: FallbackPlanSnapshot & {
    description: string | null;
    servers: { deviceId: string; hostname: string }[];
  };
}

/** Why an incident opened for a failed patch carries no plan. */
export type NoFallbackReason = 'no_critical_service' | 'plan_has_no_steps';

/** Data of `incident.fallback_attached`: the plan as it stood, and the tasks made of its first steps. */
export interface FallbackAttachedData {
  campaignId: string;
  advisoryId: string;
  identifier: string;
  patch: string;
  deviceId: string;
  hostname: string;
  departmentId: string;
  note: string | null;
  /** null: the server has no fall-back plan (`noPlan` says why). */
  plan: FallbackPlanSnapshot | null;
  noPlan: NoFallbackReason | null;
  /** The tasks made now: a plan's first steps by position (0-based), or one to decide without a plan. */
  tasks: { position: number | null; taskId: string; title: string }[];
  /** Set when the plan's decider could not own the incident and someone else does. */
  ownerNote: string | null;
}

export interface FallbackStepView extends FallbackStep {
  position: number;
  task: { id: string; status: TaskStatus; claimedBy: UserRef | null } | null;
}

/** GET /incidents/:id/fallback: the plan attached to an incident opened by a failed patch. */
export interface FallbackAttachmentView {
  incidentId: string;
  campaignId: string;
  advisoryId: string;
  identifier: string;
  patch: string;
  device: { id: string; hostname: string; departmentId: string };
  note: string | null;
  attachedAt: string;
  /** null: there was no fall-back plan for this server. */
  plan: {
    serviceId: string;
    name: string;
    version: number;
    standby: FallbackPlanSnapshot['standby'];
    decider: UserRef;
    lastReviewedOn: string;
    steps: FallbackStepView[];
  } | null;
  noPlan: NoFallbackReason | null;
  /** Tasks made for the incident without a plan (deciding what to do). */
  otherTasks: { id: string; title: string; status: TaskStatus; claimedBy: UserRef | null }[];
  ownerNote: string | null;
}
