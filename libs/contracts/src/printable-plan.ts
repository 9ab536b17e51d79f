/**
 * The printable plan of an incident (`GET /incidents/:id/plan`): what a team needs to go
 * on working from paper when the screens are dark. Computed from the current state on each
 * read by `buildPrintablePlan` in @cordon/domain; times ISO 8601.
 */
import type { IncidentStatus, LanPhase } from './incidents';
import type { TaskKind, TaskStatus } from './tasks';

export type PlanFormat = 'json' | 'html';

/** A person to call or write to: name, mobile (from the staff record) and email. */
export interface PlanContact {
  name: string;
  email: string | null;
  mobile: string | null;
}

export interface PlanLan {
  code: string;
  name: string;
  phase: LanPhase;
  /** "CODE Name" of the LAN's site, or null when unknown. */
  site: string | null;
  departmentCode: string | null;
  devices: { total: number; verified: number; waived: number };
}

export interface PlanTask {
  title: string;
  kind: TaskKind;
  status: TaskStatus;
  /** Done or verified: ticked on the paper already. */
  done: boolean;
  hostname: string | null;
  lan: string | null;
  site: string | null;
  /** What the machine lacks against the standard build, in words ("MS03-026", "infected"). */
  lacks: string[];
  claimedBy: string | null;
  overdue: boolean;
}

export interface PlanDepartment {
  code: string;
  name: string;
  /** The department's IT unit: its members with the `itu` role, by name. */
  itu: PlanContact[];
  tasks: PlanTask[];
  counts: { open: number; claimed: number; done: number };
}

export interface PrintablePlan {
  incidentId: string;
  reference: string;
  title: string;
  severity: number;
  status: IncidentStatus;
  owner: PlanContact;
  nextUpdateDueAt: string | null;
  lans: PlanLan[];
  departments: PlanDepartment[];
  /** Set when the reader sees one department only (an ITU member): its code. */
  scopedTo: string | null;
  generatedAt: string;
}
