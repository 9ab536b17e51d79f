import type { GroupMappingView, UserAccessChangedData, UserView } from './auth';
import type {
  AcknowledgementVia,
  BroadcastChannel,
  BroadcastKind,
  BroadcastProgressData,
  BroadcastReplyData,
} from './broadcasts';
import type { DepartmentView, LanView, SiteView, SupportUnitView } from './directory';
import type { StaffSyncedData } from './directory-sync';
import type { DetectionAction, IncidentStatus, IncidentView, LanPhase, UserRef } from './incidents';
import type { DeviceHealthValue } from './inventory';
import type {
  AdvisoryView,
  CampaignApprovedData,
  CampaignStageStartedData,
  CampaignSubject,
  CampaignTestDevicesData,
  CampaignTestRecordedData,
  CriticalServiceRecordedData,
  FallbackAttachedData,
  LinkedIncidentRef,
  RolloutCounts,
  RolloutDeviceCompletedData,
  RolloutDeviceSubject,
} from './patching';
import type { TaskEvidence, TaskKind, TaskStatus } from './tasks';
import type {
  ReviewActionAddedData,
  ReviewActionChangedData,
  ReviewActionDoneData,
  ReviewActionRemindedData,
  ReviewCompletedData,
  ReviewOpenedData,
  ReviewUpdatedData,
} from './reviews';
import type {
  IncidentDecisionMarkedData,
  WarpSummaryEmailedData,
  WarpSummarySentData,
} from './warp';
import type { StartCompliance } from './reports';

// Directory and inventory: the `directory` and `inventory` streams.

export interface UserCreatedData {
  user: UserView;
  /** The first admin, made at boot from the configuration. */
  bootstrap?: true;
  /** Made at a first single sign-on: the provider and the mapped groups that let them in. */
  sso?: { issuer: string; groups: string[] };
}

/** Data of `staff.imported` and `devices.imported`: a CSV import's counts. */
export interface ImportCounts {
  lines: number;
  created: number;
  updated: number;
  deleted: number;
  rejected: number;
  prune: boolean;
}

export interface StaffImportedData extends ImportCounts {
  /** The first of the deleted staff's emails. */
  deletedEmails: string[];
}

export interface DevicesImportedData extends ImportCounts {
  /** The first of the deleted devices' host names. */
  deletedHostnames: string[];
}

export interface StaffSmsConsentChangedData {
  staffIds: string[];
  names: string[];
  smsConsent: boolean;
  /** What changed it, e.g. `sms_reply:opt_out`. */
  via: string;
}

export interface BaselineValues {
  requiredPatches: string[];
  minAvSignatureDate: string | null;
}

export interface DemoOrganisationSeededData {
  departments: number;
  sites: number;
  units: number;
  lans: number;
  logins: string[];
}

// Incidents, their LAN plan, detections, directives and fault reports.

export type IncidentCreatedData = Pick<
  IncidentView,
  | 'reference'
  | 'title'
  | 'severity'
  | 'summary'
  | 'owner'
  | 'updateCadenceMinutes'
  | 'nextUpdateDueAt'
>;

/** What still stood in the way of a close that was forced. */
export interface IncidentCloseBlockers {
  lans: { lanId: string; code: string; phase: LanPhase }[];
  openTasks: number;
}

export interface IncidentStatusChangedData {
  from: IncidentStatus;
  to: IncidentStatus;
  reason: string | null;
  forced: boolean;
  overridden: IncidentCloseBlockers | null;
  cancelledTasks: number;
  nextUpdateDueAt: string | null;
}

export interface IncidentUpdatedData {
  changes: Partial<Pick<IncidentView, 'title' | 'severity' | 'summary' | 'updateCadenceMinutes'>>;
  nextUpdateDueAt: string | null;
}

export interface LanPhaseChangedData {
  lanId: string;
  code: string;
  from: LanPhase;
  to: LanPhase;
  reason: string | null;
  /** Set when the move was a reopening that passed the gate. */
  gate?: 'passed';
}

/** A device named by an event, with where it sits. */
export interface DeviceSubject {
  deviceId: string;
  hostname: string;
  lanId: string;
  departmentId: string;
}

export interface DetectionRecordedData extends DeviceSubject {
  detectionId: string;
  ip: string | null;
  signature: string;
  source: string;
  phase: LanPhase | null;
  action: DetectionAction;
  unknownDevice: boolean;
}

/** Data of `device.isolated` and `device.infected`. */
export interface DeviceHealthChangedData extends DeviceSubject {
  previousHealth: DeviceHealthValue | null;
}

// Tasks: every event names the task and its department.

export interface TaskSubject {
  taskId: string;
  kind: TaskKind;
  deviceId: string | null;
  departmentId: string;
}

export interface TaskCreatedData extends TaskSubject {
  title: string;
  hostname: string | null;
  lanId: string | null;
  dueAt: string | null;
}

/** Who holds a task and by when, before and after a reassignment. */
export interface TaskPlacement {
  departmentId: string;
  claimedBy: { id: string; name: string | null } | null;
  dueAt: string | null;
}

export interface TaskCompletedData extends TaskSubject {
  completedBy: UserRef;
  evidence: TaskEvidence | null;
  note: string | null;
  device: { hostname: string; health: DeviceHealthValue } | null;
}

export interface TaskReopenedData extends TaskSubject {
  reason: string;
  /** When reopened by hand: done or verified. */
  previousStatus?: TaskStatus;
}

// Broadcasts.

export interface BroadcastCreatedData {
  broadcastId: string;
  kind: BroadcastKind;
  subject: string;
  subjectTemplate: string;
  channels: BroadcastChannel[];
  requireAck: boolean;
  recipients: number;
  deliveries: number;
  skipped: number;
  /**
   * Present when the broadcast counted as an update to staff (it reset the cadence): the
   * next update's due time it set (recorded since reports).
   */
  nextUpdateDueAt?: string | null;
}

export interface BroadcastEscalatedData {
  broadcastId: string;
  escalated: number;
  silent: number;
  noOtherChannel: number;
}

/**
 * Written with a broadcast some of whose recipients are on a closed LAN with no SMS that
 * reaches them: how many, per department (each department's ITU is told once).
 */
export interface BroadcastUnreachableData {
  broadcastId: string;
  unreachable: number;
  departments: { departmentId: string; staff: number }[];
}

export interface BroadcastAcknowledgedData {
  broadcastId: string;
  recipientId: string;
  name: string;
  via: AcknowledgementVia;
  note?: string;
}

/**
 * Every event type Cordon appends, to the data it carries. `append` accepts only these
 * (`libs/platform` spine), and clients read `data` through them (`EventViewOf<T>`).
 * A type's data only grows: clients must accept fields added later.
 */
export interface EventMap {
  'user.created': UserCreatedData;
  'user.access_changed': UserAccessChangedData;
  'identity_mapping.added': { mapping: GroupMappingView };
  'identity_mapping.removed': { mapping: GroupMappingView };
  'department.created': { department: DepartmentView };
  'site.created': { site: SiteView };
  'lan.created': { lan: LanView };
  'support_unit.created': { unit: SupportUnitView };
  'staff.imported': StaffImportedData;
  'staff.synced': StaffSyncedData;
  'staff.sms_consent_changed': StaffSmsConsentChangedData;
  'devices.imported': DevicesImportedData;
  'baseline.updated': { before: BaselineValues; after: BaselineValues };
  'demo.organisation_seeded': DemoOrganisationSeededData;

  'incident.created': IncidentCreatedData;
  'incident.owner_changed': { from: UserRef; to: UserRef; reason: string };
  'incident.status_changed': IncidentStatusChangedData;
  'incident.update_posted': { message: string; nextUpdateDueAt: string | null };
  'incident.updated': IncidentUpdatedData;
  'incident.update_overdue': { dueAt: string; owner: UserRef; broadcastId: string };
  'lan.planned': {
    lanId: string;
    code: string;
    departmentId: string;
    siteId: string;
    /** The LAN's devices against the standard build when planned (recorded since reports). */
    compliance?: StartCompliance;
  };
  'lan.phase_changed': LanPhaseChangedData;
  'device.waived': {
    deviceId: string;
    hostname: string;
    lanId: string;
    code: string;
    reason: string;
  };
  'detection.recorded': DetectionRecordedData;
  'device.isolated': DeviceHealthChangedData;
  'device.infected': DeviceHealthChangedData;
  'directive.issued': { directiveId: string; text: string; dueAt: string; departmentIds: string[] };
  'directive.acknowledged': {
    directiveId: string;
    departmentId: string;
    acknowledgedBy: UserRef;
    late: boolean;
  };
  'directive.escalated': {
    directiveId: string;
    departmentId: string;
    dueAt: string;
    ownerId: string;
  };
  'fault.reported': { faultReportId: string; lanId: string | null; siteId: string | null };

  'task.created': TaskCreatedData;
  'task.claimed': TaskSubject & { claimedBy: UserRef };
  'task.unclaimed': TaskSubject & { previousClaimer: { id: string | null; name: string | null } };
  'task.completed': TaskCompletedData;
  'task.verified': TaskSubject & { verifiedBy: UserRef };
  'task.reopened': TaskReopenedData;
  'task.reassigned': TaskSubject & { reason: string; from: TaskPlacement; to: TaskPlacement };
  'task.cancelled': TaskSubject & { reason: string };
  'tasks.cancelled': { count: number; taskIds: string[]; reason: string };

  'broadcast.created': BroadcastCreatedData;
  'broadcast.sending': { broadcastId: string };
  'broadcast.progress': BroadcastProgressData;
  'broadcast.completed': BroadcastProgressData;
  'broadcast.round_completed': BroadcastProgressData;
  'broadcast.retry_requested': { broadcastId: string; retried: number; retry: number };
  'broadcast.escalated': BroadcastEscalatedData;
  'broadcast.unreachable': BroadcastUnreachableData;
  'broadcast.acknowledged': BroadcastAcknowledgedData;
  'broadcast.reply_received': BroadcastReplyData;

  // Reports and metrics (libs/reports): none yet; they read the log.

  // WARP summaries (libs/warp).
  'incident.decision_marked': IncidentDecisionMarkedData;
  'warp.summary_sent': WarpSummarySentData;
  'warp.summary_emailed': WarpSummaryEmailedData;
  'warp.email_failed': { sendingId: string; to: string; error: string };

  // Post-incident reviews (libs/reviews).
  'review.opened': ReviewOpenedData;
  'review.updated': ReviewUpdatedData;
  'review.completed': ReviewCompletedData;
  'review.action_added': ReviewActionAddedData;
  'review.action_changed': ReviewActionChangedData;
  'review.action_done': ReviewActionDoneData;
  'review.action_reminded': ReviewActionRemindedData;

  // Advisories, patch campaigns and fall-back plans (libs/patching).
  'advisory.created': { advisory: AdvisoryView };
  'advisory.updated': { before: AdvisoryView; after: AdvisoryView };
  'advisory.deleted': { advisoryId: string; identifier: string };
  'campaign.created': CampaignTestDevicesData;
  'campaign.test_devices_set': CampaignTestDevicesData;
  'campaign.test_recorded': CampaignTestRecordedData;
  'campaign.approved': CampaignApprovedData;
  'campaign.stage_started': CampaignStageStartedData;
  'campaign.device_claimed': RolloutDeviceSubject & { claimedBy: UserRef };
  'campaign.device_released': RolloutDeviceSubject & {
    previousClaimer: { id: string | null; name: string | null };
  };
  'campaign.device_completed': RolloutDeviceCompletedData;
  'campaign.incident_linked': RolloutDeviceSubject & LinkedIncidentRef;
  'campaign.completed': CampaignSubject & { totals: RolloutCounts };
  'critical_service.created': CriticalServiceRecordedData;
  'critical_service.updated': CriticalServiceRecordedData & {
    before: CriticalServiceRecordedData['service'];
  };
  'critical_service.deleted': { serviceId: string; name: string; version: number };
  'incident.fallback_attached': FallbackAttachedData;
}

export type EventType = keyof EventMap;

/** The data an event of type `T` carries. */
export type EventData<T extends EventType> = EventMap[T];
