/** Cleanup work spread across the departments' IT units. */
import type { UserRef } from './incidents';

export const TASK_KINDS = ['clean_device', 'isolate_and_clean', 'action'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'claimed', 'done', 'verified', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What the ITU member did to the machine: the basis of "verified". */
export interface TaskEvidence {
  /** Patches installed (checked against the baseline's required patches). */
  patches: string[];
  /** YYYY-MM-DD of the anti-virus signatures now on the machine. */
  avSignatureDate: string;
  scanClean: boolean;
  /** The anti-virus product, when the record has none or it changed. */
  avProduct?: string;
}

export interface CompleteTaskRequest {
  note?: string;
  evidence: TaskEvidence;
}

export interface TaskDeviceView {
  hostname: string;
  ip: string | null;
  lanId: string;
  lanCode: string | null;
  lanName: string | null;
  /** Where the machine is: its LAN's site. */
  siteId: string | null;
  siteCode: string | null;
  siteName: string | null;
  health: string;
  compliant: boolean;
  /** What the record lacks against the standard build. */
  missingPatches: string[];
  issues: string[];
}

export interface TaskView {
  id: string;
  kind: TaskKind;
  status: TaskStatus;
  incidentId: string;
  deviceId: string | null;
  lanId: string | null;
  departmentId: string;
  title: string;
  claimedBy: UserRef | null;
  claimedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  evidence: TaskEvidence | null;
  note: string | null;
  completedAt: string | null;
  completedBy: UserRef | null;
  verifiedAt: string | null;
  verifiedBy: UserRef | null;
  createdAt: string;
  /** The machine, its LAN and what it lacks: on reads (`GET /tasks`, `GET /tasks/:id`). */
  device?: TaskDeviceView | null;
}

/** One department's tasks of an incident, counted per status (`GET /tasks/summary`). */
export interface TaskSummaryRow {
  departmentId: string;
  code: string;
  name: string;
  open: number;
  claimed: number;
  done: number;
  verified: number;
  cancelled: number;
  /** Past their due time and still open or claimed (the rule of `TaskView.overdue`). */
  overdue: number;
}

/** `GET /tasks/summary?incidentId=`: a row per department with tasks, by name; ITU members get their own only. */
export interface TaskSummary {
  items: TaskSummaryRow[];
}

export interface ReassignTaskRequest {
  reason: string;
  departmentId?: string;
  /** Claims the task for this user (who must be able to claim it). */
  toUserId?: string;
  dueAt?: string | null;
}

export interface CreateTaskRequest {
  departmentId: string;
  title: string;
  deviceId?: string;
  lanId?: string;
  dueAt?: string;
}
