/**
 * WARP summaries: an anonymised account of an incident for the sector's Warning, Advice
 * and Reporting Point, and the moments the owner is prompted to send one.
 */
import type { UserRef } from './incidents';

export const WARP_FORMATS = ['json', 'md'] as const;
export type WarpFormat = (typeof WARP_FORMATS)[number];

/** The moments that matter: when one comes, the owner is prompted to feed the WARP. */
export const WARP_MOMENTS = [
  'declared',
  'first_detection',
  'decision',
  'recovery',
  'resolved',
] as const;
export type WarpMoment = (typeof WARP_MOMENTS)[number];

/** What a free-text check found: the kinds of thing that would identify someone or something. */
export const WARP_IDENTIFIER_KINDS = [
  'name',
  'email',
  'mobile',
  'hostname',
  'ip',
  'department',
  'site',
  'lan',
] as const;
export type WarpIdentifierKind = (typeof WARP_IDENTIFIER_KINDS)[number];

/** A prompt to send a summary, raised by the event at `seq`; answered by a later sending. */
export interface WarpPrompt {
  /** `<moment>:<seq>`, stable: what a sending names in `answers`. */
  id: string;
  moment: WarpMoment;
  seq: number;
  at: string;
  /** What happened, in words safe to show the owner (never the decision's own text). */
  label: string;
  /** The seq of the sending that answered it; null while it is open. */
  answeredBySeq: number | null;
}

export interface WarpPort {
  protocol: 'TCP' | 'UDP';
  /** One port (`135`) or a range (`666-765`). */
  port: string;
}

export interface WarpLanPhases {
  /** `A1`, `A2`, `B1`…: the department's letter (or name) and the LAN's place in it. */
  label: string;
  department: string;
  devices: number;
  phase: 'planned' | 'shut_down' | 'cleaning' | 'reopened';
  /** Minutes after the declaration; null when the LAN has not got there. */
  shutDownAfterMinutes: number | null;
  cleaningAfterMinutes: number | null;
  reopenedAfterMinutes: number | null;
  /** From shut down to reopened, when both happened. */
  closedForMinutes: number | null;
}

export interface WarpDepartmentCounts {
  /** `A`, `B`…, or the department's name when the owner allowed names. */
  label: string;
  lans: number;
  devicesAffected: number;
  devicesInfected: number;
  devicesIsolated: number;
  tasks: number;
  tasksDone: number;
}

export interface WarpTimelineEntry {
  at: string;
  afterMinutes: number;
  what: string;
}

/** The summary as the WARP sees it: no names, emails, mobiles, hostnames or addresses. */
export interface WarpSummary {
  reference: string;
  generatedAt: string;
  /** The last event of the log the summary covers. */
  asOfSeq: number;
  status: 'active' | 'contained' | 'recovered' | 'closed';
  severity: number;
  departmentNames: boolean;
  threat: {
    name: string | null;
    aliases: string[];
    kind: string | null;
    /** How it spreads, when the threat is a known one. */
    description: string | null;
  };
  indicators: {
    signatures: string[];
    ports: WarpPort[];
    protocols: string[];
    /** Patches that close the hole it uses. */
    patches: string[];
  };
  counts: {
    departments: number;
    lans: number;
    lansReopened: number;
    devicesOnPlannedLans: number;
    devicesAffected: number;
    devicesInfected: number;
    devicesIsolated: number;
    devicesCleaned: number;
    detections: number;
    tasks: number;
    tasksDone: number;
    directives: number;
    broadcasts: number;
    decisions: number;
  };
  departments: WarpDepartmentCounts[];
  phases: {
    declaredAt: string;
    firstDetectionAfterMinutes: number | null;
    allLansReopenedAfterMinutes: number | null;
    recoveredAfterMinutes: number | null;
    closedAfterMinutes: number | null;
    lans: WarpLanPhases[];
  };
  timeline: WarpTimelineEntry[];
  /** The owner's own words for the WARP, checked to name nobody and nothing. */
  narrative: string | null;
}

/** `GET /incidents/:id/warp?format=json`. */
export interface WarpPreviewView {
  summary: WarpSummary;
  /** The same summary as Markdown, as it is emailed or downloaded. */
  markdown: string;
  /** sha256 of the canonical JSON of `summary`. */
  hash: string;
  prompts: WarpPrompt[];
  /** Where a sending goes: the configured WARP address, or null (recorded as sent by hand). */
  warpEmail: string | null;
}

export interface WarpSendingRequest {
  departmentNames?: boolean;
  narrative?: string;
  /** The prompt this sending answers; every prompt raised before it is answered too. */
  promptId?: string;
}

export type WarpSendingVia = 'email' | 'by_hand';

export interface WarpSendingView {
  sendingId: string;
  seq: number;
  at: string;
  hash: string;
  via: WarpSendingVia;
  to: string | null;
  sentBy: UserRef;
  answers: string[];
  departmentNames: boolean;
  withNarrative: boolean;
  /** Email only: whether the worker handed it to the mail server yet. */
  delivered: boolean | null;
  /** Email only: why the mail server refused it for good, when it did. */
  failed: string | null;
}

export interface WarpSentView {
  sending: WarpSendingView;
  summary: WarpSummary;
  markdown: string;
}

export interface DecisionRequest {
  text: string;
}

export interface DecisionView {
  seq: number;
  at: string;
  text: string;
  markedBy: UserRef;
}

// Events.

export interface WarpSummarySentData {
  sendingId: string;
  hash: string;
  asOfSeq: number;
  via: WarpSendingVia;
  /** The WARP address when emailed; null when recorded as sent by hand (downloaded). */
  to: string | null;
  sentBy: UserRef;
  /** The prompt ids it answers (the one named first, then every earlier open one). */
  answers: string[];
  moments: WarpMoment[];
  departmentNames: boolean;
  withNarrative: boolean;
}

export interface WarpSummaryEmailedData {
  sendingId: string;
  to: string;
  providerId: string;
}

export interface IncidentDecisionMarkedData {
  text: string;
  markedBy: UserRef;
}

/** `GET /incidents/:id/warp/prompts`. */
export interface WarpPromptList {
  items: WarpPrompt[];
}

/** `GET /incidents/:id/warp/sendings`. */
export interface WarpSendingList {
  items: WarpSendingView[];
}
