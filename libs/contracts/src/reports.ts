/**
 * Incident reports and metrics across incidents: figures computed from the event log
 * alone (`incident:<id>` streams), by `buildIncidentReport` and `buildMetrics` in
 * @cordon/domain. Durations are milliseconds; times ISO 8601. A figure that cannot be
 * computed yet (nothing to measure) is null, never 0.
 */
import type { IncidentStatus, LanPhase, UserRef } from './incidents';
import type { BroadcastKind } from './broadcasts';

/** `live` while the incident runs (figures up to `asOf`, now); `final` once it is closed. */
export type ReportStatus = 'live' | 'final';

export type ReportFormat = 'json' | 'html' | 'md';

/** A department as the report names it: its code and name where known, else its id. */
export interface ReportDepartmentRef {
  id: string;
  code: string | null;
  name: string | null;
}

/** A distribution of durations (ms): how many, median and 90th percentile (nearest rank). */
export interface DurationStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
}

/** One line of the report's timeline: a significant event, in seq order. */
export interface ReportTimelineEntry {
  seq: number;
  at: string;
  type: string;
  actor: string;
  /** One sentence saying what happened. */
  text: string;
}

/** One owner's time in charge: from the declaration or a handover, to the next or `asOf`. */
export interface ReportOwnerSpan {
  owner: UserRef;
  from: string;
  /** null: still the owner. */
  to: string | null;
  durationMs: number;
  /** The handover's reason (null for the first owner). */
  reason: string | null;
}

/** One LAN of the plan and how long it spent in each phase (from `lan.phase_changed`). */
export interface ReportLan {
  lanId: string;
  code: string;
  departmentId: string | null;
  phase: LanPhase;
  plannedAt: string | null;
  /** The first shutdown. */
  shutDownAt: string | null;
  /** The first move to cleaning. */
  cleaningAt: string | null;
  /** The last reopening (null while not reopened). */
  reopenedAt: string | null;
  /** Time spent shut down (not yet cleaning), summed over every stay; open stays run to `asOf`. */
  shutDownMs: number;
  /** Time spent cleaning, summed likewise. */
  cleaningMs: number;
  /** First shutdown → reopening; null while not reopened. */
  toReopenMs: number | null;
  /** Devices whose cleanup or isolation task was created on this LAN (`task.created`). */
  devices: number;
}

/** Counts of the plan's devices at one time (the burndown); `at` ms since the epoch. */
export interface BurndownPoint {
  at: number;
  unverified: number;
  infected: number;
  isolated: number;
}

export interface ReportDevices {
  /** Devices that entered the plan (a cleanup or isolation task was created for them). */
  inPlan: number;
  /** Devices verified now (task completed with a clean scan, or verified by command). */
  verified: number;
  waived: number;
  unverified: number;
  /** Verifications per UTC day (a device verified twice counts each time). */
  verifiedPerDay: { day: string; verified: number }[];
  burndown: BurndownPoint[];
  /** `device.isolated` events (a device isolated on a reopened LAN). */
  isolations: number;
  /** `device.infected` events. */
  infections: number;
  /** Infections or isolations of a device after it had been verified (a clean machine caught again). */
  reinfections: number;
  /** Which devices were re-infected, with when. */
  reinfected: { deviceId: string; hostname: string; at: string }[];
}

/** One department's tasks: claim = created → first claim; complete = created → first completion. */
export interface ReportDepartmentTasks {
  department: ReportDepartmentRef;
  tasks: number;
  claimed: number;
  completed: number;
  timeToClaim: DurationStats;
  timeToComplete: DurationStats;
}

export interface ReportDirectiveDepartment {
  department: ReportDepartmentRef;
  acknowledgedAt: string | null;
  /** issued → acknowledged. */
  afterMs: number | null;
  late: boolean | null;
  escalated: boolean;
}

export interface ReportDirective {
  directiveId: string;
  text: string;
  issuedAt: string;
  dueAt: string;
  departments: ReportDirectiveDepartment[];
  acknowledged: number;
  /** Median time to acknowledge over the departments that did. */
  acknowledgement: DurationStats;
}

/** A broadcast's totals as its last progress event gave them, and its acknowledgement times. */
export interface ReportBroadcast {
  broadcastId: string;
  kind: BroadcastKind;
  subject: string;
  createdAt: string;
  completedAt: string | null;
  requireAck: boolean;
  recipients: number;
  deliveries: number;
  /** Accepted by the provider or confirmed delivered. */
  delivered: number;
  failed: number;
  skipped: number;
  acknowledged: number;
  /** delivered / (deliveries − skipped); null with nothing to send. */
  deliveryRate: number | null;
  /** failed / (deliveries − skipped). */
  failureRate: number | null;
  /** acknowledged / recipients; null when no acknowledgement was asked. */
  acknowledgementRate: number | null;
  /** created → the acknowledgement that reached half (90%) of the recipients; null until then. */
  to50PercentMs: number | null;
  to90PercentMs: number | null;
}

/** One promised update: the due time one update set, and the update that came next. */
export interface ReportPromisedUpdate {
  promisedAt: string;
  dueAt: string;
  givenAt: string | null;
  /** given at or before the due time; null while still to come and not yet due. */
  onTime: boolean | null;
}

export interface ReportUpdates {
  /** Updates posted (`incident.update_posted`). */
  given: number;
  /** Due times set (declaration, updates, cadence changes) that were reached or met. */
  promised: number;
  onTime: number;
  late: number;
  /** Due and no update yet (live reports). */
  missed: number;
  /** `incident.update_overdue` reminders sent to the owner. */
  overdueReminders: number;
  items: ReportPromisedUpdate[];
}

/** `GET /incidents/:id/report` (JSON). */
export interface IncidentReport {
  incidentId: string;
  reference: string;
  title: string;
  severity: number;
  summary: string;
  status: ReportStatus;
  incidentStatus: IncidentStatus;
  declaredAt: string;
  closedAt: string | null;
  /** The figures run to this time: now while live, the closing time once final. */
  asOf: string;
  /** The seq of the last event read. */
  lastSeq: number;
  events: number;
  owner: UserRef;
  owners: ReportOwnerSpan[];
  handovers: number;
  timeline: ReportTimelineEntry[];
  lans: ReportLan[];
  devices: ReportDevices;
  departments: ReportDepartmentTasks[];
  directives: ReportDirective[];
  broadcasts: ReportBroadcast[];
  updates: ReportUpdates;
}

/** Per incident, the milestones `GET /metrics` averages (ms from the declaration). */
export interface IncidentMilestones {
  incidentId: string;
  reference: string;
  title: string;
  declaredAt: string;
  incidentStatus: IncidentStatus;
  /** Declaration → the owner's first act (a handover, status change, update, LAN plan, directive, broadcast or task). */
  acknowledgeMs: number | null;
  /** Declaration → containment: the last LAN shutdown, or the status `contained` if earlier missing. */
  containMs: number | null;
  /** Declaration → recovery: every planned LAN reopened, or the status `recovered`/`closed`. */
  recoverMs: number | null;
  /** Devices measured when their LANs were planned (`lan.planned` data `compliance`); null when no planned LAN recorded it. */
  startCompliance: StartCompliance | null;
}

/** The state of the plan's devices when their LANs entered it. */
export interface StartCompliance {
  devices: number;
  /** No anti-virus product at all. */
  noAntivirus: number;
  /** Anti-virus signatures older than the standard build allows. */
  avOutOfDate: number;
  /** Missing a patch the standard build requires. */
  missingPatches: number;
  /** Not meeting the standard build for any reason (patches or anti-virus). */
  belowStandardBuild: number;
}

/** `GET /metrics`: figures across incidents. */
export interface MetricsView {
  incidents: number;
  generatedAt: string;
  meanTimeToAcknowledgeMs: number | null;
  meanTimeToContainMs: number | null;
  meanTimeToRecoverMs: number | null;
  timeToAcknowledge: DurationStats;
  timeToContain: DurationStats;
  timeToRecover: DurationStats;
  /** Task claim and completion times per department over every incident. */
  departments: ReportDepartmentTasks[];
  perIncident: IncidentMilestones[];
  /** Summed over the incidents that recorded it. */
  startCompliance: StartCompliance & { incidents: number };
}
