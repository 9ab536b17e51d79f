/** Incident command shapes: incidents, LAN plans, directives, detections and fault reports. */
import type { UserView } from './auth';

export const INCIDENT_STATUSES = ['active', 'contained', 'recovered', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const LAN_PHASES = ['planned', 'shut_down', 'cleaning', 'reopened'] as const;
export type LanPhase = (typeof LAN_PHASES)[number];

/** A person named on a record: an owner, a claimer, whoever acknowledged. */
export interface UserRef {
  id: string;
  name: string;
}

export interface CreateIncidentRequest {
  title: string;
  /** 1 (most severe) to 4. */
  severity: number;
  summary: string;
  /** Who owns it; the caller when left out (they must be able to own). */
  ownerId?: string;
  /** How often staff are owed an update; 60 when not given. */
  updateCadenceMinutes?: number;
}

export interface IncidentView {
  id: string;
  /** INC-YYYY-NNNN, gap-free per year. */
  reference: string;
  title: string;
  severity: number;
  summary: string;
  status: IncidentStatus;
  owner: UserRef;
  updateCadenceMinutes: number;
  lastUpdateAt: string;
  /** When staff are next owed an update; null once closed. */
  nextUpdateDueAt: string | null;
  /** Departments whose LANs, tasks or directives the incident involves. */
  affectedDepartmentIds: string[];
  createdAt: string;
  closedAt: string | null;
  /**
   * On reads (`GET /incidents`, `GET /incidents/:id`): the seq of the incident's latest
   * event when it was read. A client shows what it read and subscribes to /live from
   * this seq, so it misses nothing and replays nothing.
   */
  lastSeq?: number;
}

export interface HandoverRequest {
  toUserId: string;
  reason: string;
}

/** `GET /incidents/:id/eligible-owners`: someone the incident could be handed to. */
export type EligibleOwnerView = Pick<UserView, 'id' | 'name' | 'email' | 'roles' | 'departmentId'>;

export interface IncidentStatusRequest {
  to: IncidentStatus;
  reason?: string;
  /** Only the owner, with a reason: closes despite LANs still down or tasks still open. */
  force?: boolean;
}

/** An update to staff on progress; resets `nextUpdateDueAt`. */
export interface IncidentUpdateRequest {
  message: string;
}

/** One LAN in an incident's plan, with how far its devices are. */
export interface LanPlanView {
  lanId: string;
  code: string;
  name: string;
  departmentId: string;
  siteId: string;
  phase: LanPhase;
  phaseChangedAt: string;
  devices: {
    total: number;
    /** Cleanup task done with evidence meeting the baseline and a clean scan. */
    verified: number;
    waived: number;
    /** The other devices by why they hold the LAN shut (the reopen gate's states). */
    blocked: ReopenBlockerCounts;
  };
  /** Fault reports matched to this LAN during the incident. */
  faultReports: number;
}

export interface AddLansRequest {
  lanIds: string[];
}

export interface LanTransitionRequest {
  to: Exclude<LanPhase, 'planned'>;
  reason?: string;
  /** Due time of the cleanup tasks a shutdown creates; 24 hours later when not given. */
  taskDueAt?: string;
  /** Whether the LAN's staff are sent a notice of the change; true when not given. */
  notifyStaff?: boolean;
}

/**
 * Where a device stands that keeps its LAN shut: detected `infected` or `isolated`
 * (whatever its task says), its cleanup task `unclaimed`, `claimed` (in progress),
 * done but with evidence short of the standard build (`below_baseline`), `cancelled`,
 * or no cleanup task at all (`no_task`).
 */
export const REOPEN_BLOCKER_STATES = [
  'infected',
  'isolated',
  'unclaimed',
  'claimed',
  'below_baseline',
  'no_task',
  'cancelled',
] as const;
export type ReopenBlockerState = (typeof REOPEN_BLOCKER_STATES)[number];

/** Devices per blocker state; every state present, 0 when none. */
export type ReopenBlockerCounts = Record<ReopenBlockerState, number>;

/** Why a LAN cannot reopen: one per device neither verified nor waived. */
export interface ReopenBlocker {
  deviceId: string;
  hostname: string;
  state: ReopenBlockerState;
  /** The same in words. */
  why: string;
}

/**
 * The body of `409 reopen_blocked` (beside `type, title, status, detail, code`):
 * infected and isolated devices first, then by host name.
 */
export interface ReopenBlockedProblem {
  lanId: string;
  lanCode: string;
  blockers: ReopenBlocker[];
  counts: ReopenBlockerCounts;
}

export interface WaiveRequest {
  reason: string;
}

export interface WaiverView {
  incidentId: string;
  deviceId: string;
  hostname: string;
  lanId: string;
  reason: string;
  waivedBy: UserRef;
  waivedAt: string;
}

export interface CreateDirectiveRequest {
  text: string;
  /** The departments that must acknowledge; all departments when `allDepartments`. */
  departmentIds?: string[];
  allDepartments?: boolean;
  dueAt: string;
}

export interface DirectiveDepartmentView {
  departmentId: string;
  code: string;
  name: string;
  acknowledgedAt: string | null;
  acknowledgedBy: UserRef | null;
  escalatedAt: string | null;
}

export interface DirectiveView {
  id: string;
  incidentId: string;
  text: string;
  dueAt: string;
  issuedBy: UserRef;
  createdAt: string;
  acknowledged: number;
  pending: number;
  /** Departments past the due time without acknowledging. */
  overdue: number;
  departments: DirectiveDepartmentView[];
}

export interface DetectionRequest {
  hostname?: string;
  ip?: string;
  signature: string;
  source: string;
}

/**
 * What a detection did: `isolated` on a reopened LAN (and a task was created),
 * `marked_infected` elsewhere.
 */
export type DetectionAction = 'isolated' | 'marked_infected';

export interface DetectionView {
  id: string;
  hostname: string;
  ip: string | null;
  signature: string;
  source: string;
  deviceId: string;
  lanId: string;
  incidentId: string | null;
  phase: LanPhase | null;
  action: DetectionAction;
  taskId: string | null;
  /** The host was not in the inventory and has been recorded as an unknown device. */
  unknownDevice: boolean;
  at: string;
}

export interface FaultReportRequest {
  lanId?: string;
  siteId?: string;
  staffId?: string;
  reporterName?: string;
  contact?: string;
  description: string;
}

export interface FaultReportView {
  id: string;
  lanId: string | null;
  siteId: string | null;
  staffId: string | null;
  reporterName: string | null;
  contact: string | null;
  description: string;
  incidentId: string | null;
  createdAt: string;
}

/** The answer a caller gets: whether the fault is part of a known incident, and what to expect. */
export interface FaultReportAnswer extends FaultReportView {
  incident: {
    id: string;
    reference: string;
    title: string;
    status: IncidentStatus;
    nextUpdateDueAt: string | null;
  } | null;
  lans: { lanId: string; code: string; phase: LanPhase }[];
  message: string;
}
