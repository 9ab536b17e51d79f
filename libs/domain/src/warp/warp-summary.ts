import type {
  LanPhase,
  WarpDepartmentCounts,
  WarpLanPhases,
  WarpSummary,
  WarpTimelineEntry,
} from '@cordon/contracts';
import { assertNarrativeClean, DenyList, REMOVED, scrubIdentifiers } from './identifiers';
import { dataOf, foldWarpLog, WarpLogFacts } from './warp-log';
import type { WarpLogEvent } from './warp-prompts';
import { knownThreat, signatureIndicators, signatureName, uniquePorts } from './threats';

export interface WarpSummaryInput {
  /** The incident's whole event log. */
  events: readonly WarpLogEvent[];
  /** Devices on each planned LAN now (from the inventory rows), by LAN id. */
  devicesPerLan: ReadonlyMap<string, number>;
  /** Department names by id, given only when the owner allows names in this summary. */
  departmentNames: ReadonlyMap<string, string> | null;
  /** The owner's words for the WARP; refused when they identify anyone or anything. */
  narrative: string | null;
  denyList: DenyList;
  generatedAt: Date;
}

/** Protocols once each; `RPC` and `DCOM` alone say no more than `RPC DCOM`. */
function mergeProtocols(protocols: readonly string[]): string[] {
  const all = new Set(protocols);
  if (all.has('RPC') && all.has('DCOM')) {
    all.delete('RPC');
    all.delete('DCOM');
    all.add('RPC DCOM');
  }
  if (all.has('RPC DCOM')) {
    all.delete('RPC');
    all.delete('DCOM');
  }
  return [...all];
}

/** `A`…`Z`, then `AA`, `AB`…: the n-th department (from 0) to appear in the incident's log. */
export function departmentLetter(n: number): string {
  const letter = String.fromCharCode(65 + (n % 26));
  return n < 26 ? letter : departmentLetter(Math.floor(n / 26) - 1) + letter;
}

const minutesBetween = (from: string, to: string | null | undefined): number | null =>
  to ? Math.round((Date.parse(to) - Date.parse(from)) / 60_000) : null;

const PHASE_WORDS: Record<LanPhase, string> = {
  planned: 'entered the plan',
  shut_down: 'shut down',
  cleaning: 'being cleaned',
  reopened: 'reopened',
};

function timeline(
  events: readonly WarpLogEvent[],
  facts: WarpLogFacts,
  lanLabel: (lanId: string) => string,
): WarpTimelineEntry[] {
  const out: WarpTimelineEntry[] = [];
  const add = (at: string, what: string) =>
    out.push({ at, afterMinutes: minutesBetween(facts.declaredAt, at) ?? 0, what });
  let detections = 0;
  for (const e of events) {
    const created = dataOf(e, 'incident.created');
    if (created) add(e.at, `Incident declared, severity ${created.severity}`);
    if (e.type === 'detection.recorded' && ++detections === 1)
      add(e.at, 'First detection of the threat on a machine');
    const moved = dataOf(e, 'lan.phase_changed');
    if (moved) add(e.at, `LAN ${lanLabel(moved.lanId)} ${PHASE_WORDS[moved.to]}`);
    const status = dataOf(e, 'incident.status_changed');
    if (status) add(e.at, `Incident status: ${status.from} to ${status.to}`);
    if (e.type === 'incident.owner_changed') add(e.at, 'Incident ownership handed over');
    if (e.type === 'incident.decision_marked') add(e.at, 'The owner marked a decision');
    const directive = dataOf(e, 'directive.issued');
    if (directive) add(e.at, `Directive issued to ${directive.departmentIds.length} department(s)`);
    const broadcast = dataOf(e, 'broadcast.created');
    if (broadcast?.kind === 'broadcast')
      add(e.at, `Staff informed (${broadcast.recipients} recipients)`);
    if (e.type === 'warp.summary_sent') add(e.at, 'Summary sent to the WARP');
  }
  if (facts.allReopenedAt) add(facts.allReopenedAt, 'Every planned LAN reopened');
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The anonymised summary of an incident for the WARP, from its log alone (and the device
 * count of each planned LAN): departments as letters in order of appearance (names only
 * when given), LANs as the department's letter and a number, no hostname, address or
 * person; signatures scrubbed of anything the deny-list or the shapes of emails, IPs and
 * phone numbers find; the narrative refused when it names anything.
 */
export function buildWarpSummary(input: WarpSummaryInput): WarpSummary {
  const names = input.departmentNames;
  const skip = new Set(names ? (['department'] as const) : []);
  const narrative = input.narrative?.trim() || null;
  if (narrative) assertNarrativeClean(narrative, input.denyList, skip);

  const events = [...input.events].sort((a, b) => a.seq - b.seq);
  const facts = foldWarpLog(events);
  const deptLabel = new Map(
    facts.departments.map((id, i) => [id, names?.get(id) ?? departmentLetter(i)]),
  );
  const label = (departmentId: string) => deptLabel.get(departmentId) ?? '?';
  const lanLabels = new Map<string, string>();
  const perDepartment = new Map<string, number>();
  for (const lan of facts.lans) {
    const n = (perDepartment.get(lan.departmentId) ?? 0) + 1;
    perDepartment.set(lan.departmentId, n);
    const dept = label(lan.departmentId);
    lanLabels.set(lan.lanId, names ? `${dept} LAN ${n}` : `${dept}${n}`);
  }
  const lanLabel = (lanId: string) => lanLabels.get(lanId) ?? 'outside the plan';

  const signatures = [
    ...new Set(facts.signatures.map((s) => scrubIdentifiers(s, input.denyList, skip))),
  ];
  const known = knownThreat(facts.threatTexts);
  const fromSignatures = signatures.map(signatureIndicators);
  const ownName = signatures.map(signatureName).find((n) => n && n !== REMOVED) ?? null;

  const devices = [...facts.devices.values()];
  const tasks = [...facts.tasks.values()];
  const cleaned = new Set(tasks.filter((t) => t.done && t.deviceId).map((t) => t.deviceId));
  const departments: WarpDepartmentCounts[] = facts.departments.map((id) => {
    const mine = devices.filter((d) => d.departmentId === id);
    const theirTasks = tasks.filter((t) => t.departmentId === id);
    return {
      label: label(id),
      lans: facts.lans.filter((l) => l.departmentId === id).length,
      devicesAffected: mine.length,
      devicesInfected: mine.filter((d) => d.infected).length,
      devicesIsolated: mine.filter((d) => d.isolated).length,
      tasks: theirTasks.length,
      tasksDone: theirTasks.filter((t) => t.done).length,
    };
  });
  const lans: WarpLanPhases[] = facts.lans.map((lan) => {
    const shut = lan.reached.shut_down;
    return {
      label: lanLabel(lan.lanId),
      department: label(lan.departmentId),
      devices: input.devicesPerLan.get(lan.lanId) ?? 0,
      phase: lan.phase,
      shutDownAfterMinutes: minutesBetween(facts.declaredAt, shut),
      cleaningAfterMinutes: minutesBetween(facts.declaredAt, lan.reached.cleaning),
      reopenedAfterMinutes: minutesBetween(facts.declaredAt, lan.reached.reopened),
      closedForMinutes: shut ? minutesBetween(shut, lan.reached.reopened) : null,
    };
  });

  return {
    reference: facts.reference,
    generatedAt: input.generatedAt.toISOString(),
    asOfSeq: events.length ? events[events.length - 1].seq : 0,
    status: facts.status,
    severity: facts.severity,
    departmentNames: names !== null,
    threat: {
      name: known?.name ?? ownName,
      aliases: known?.aliases ?? [],
      kind: known?.kind ?? null,
      description: known?.description ?? null,
    },
    indicators: {
      signatures,
      ports: uniquePorts([...fromSignatures.flatMap((s) => s.ports), ...(known?.ports ?? [])]),
      protocols: mergeProtocols([
        ...fromSignatures.flatMap((s) => s.protocols),
        ...(known?.protocols ?? []),
      ]),
      patches: [
        ...new Set([...fromSignatures.flatMap((s) => s.patches), ...(known?.patches ?? [])]),
      ],
    },
    counts: {
      departments: facts.departments.length,
      lans: facts.lans.length,
      lansReopened: facts.lans.filter((l) => l.phase === 'reopened').length,
      devicesOnPlannedLans: lans.reduce((sum, l) => sum + l.devices, 0),
      devicesAffected: devices.length,
      devicesInfected: devices.filter((d) => d.infected).length,
      devicesIsolated: devices.filter((d) => d.isolated).length,
      devicesCleaned: cleaned.size,
      detections: facts.detections,
      tasks: tasks.length,
      tasksDone: tasks.filter((t) => t.done).length,
      directives: facts.directives,
      broadcasts: facts.broadcasts,
      decisions: facts.decisions,
    },
    departments,
    phases: {
      declaredAt: facts.declaredAt,
      firstDetectionAfterMinutes: minutesBetween(facts.declaredAt, facts.firstDetectionAt),
      allLansReopenedAfterMinutes: minutesBetween(facts.declaredAt, facts.allReopenedAt),
      recoveredAfterMinutes: minutesBetween(facts.declaredAt, facts.recoveredAt),
      closedAfterMinutes: minutesBetween(facts.declaredAt, facts.closedAt),
      lans,
    },
    timeline: timeline(events, facts, lanLabel),
    narrative,
  };
}
