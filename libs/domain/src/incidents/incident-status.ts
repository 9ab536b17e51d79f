import type { IncidentStatus, LanPhase } from '@cordon/contracts';
import { DomainError } from '../errors/domain-error';
import { invalidField } from '../errors/invalid-field';

/**
 * The incident's life: active → contained → recovered → closed. It may step back to
 * active when the worm spreads again (it did, after the summer holidays); closed is final.
 */
export const INCIDENT_TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  active: ['contained', 'recovered', 'closed'],
  contained: ['active', 'recovered', 'closed'],
  recovered: ['active', 'contained', 'closed'],
  closed: [],
};

/** Every status in which the incident is still open: all but `closed`. */
export const OPEN_INCIDENT_STATUSES: readonly IncidentStatus[] = (
  Object.keys(INCIDENT_TRANSITIONS) as IncidentStatus[]
).filter((status) => status !== 'closed');

export const isIncidentOpen = (status: IncidentStatus): boolean =>
  OPEN_INCIDENT_STATUSES.includes(status);

/**
 * Nothing is done on a closed incident (plans, directives, tasks, updates, broadcasts):
 * the one rule, refused with the one code, `invalid_transition`, like every other move
 * its state does not allow.
 */
export function assertIncidentOpen(incident: { status: IncidentStatus; reference?: string }): void {
  if (isIncidentOpen(incident.status)) return;
  throw new DomainError(
    'invalid_transition',
    incident.reference ? `Incident ${incident.reference} is closed` : 'The incident is closed',
  );
}

/** What stands in the way of closing: LANs still down or being cleaned, work not finished. */
export interface CloseFacts {
  lans: { lanId: string; code: string; phase: LanPhase }[];
  openTasks: number;
}

export interface StatusCommand {
  to: IncidentStatus;
  force?: boolean;
  reason?: string | null;
  /** The caller is the incident's owner. */
  byOwner: boolean;
}

export interface StatusDecision {
  next: IncidentStatus;
  /** Closed despite blockers, by the owner with a reason. */
  forced: boolean;
  /** What was still in the way when it was forced. */
  overridden: CloseBlockers | null;
}

export interface CloseBlockers {
  lans: { lanId: string; code: string; phase: LanPhase }[];
  openTasks: number;
}

export function closeBlockers(facts: CloseFacts): CloseBlockers | null {
  const lans = facts.lans.filter((l) => l.phase === 'shut_down' || l.phase === 'cleaning');
  return lans.length || facts.openTasks > 0 ? { lans, openTasks: facts.openTasks } : null;
}

const describe = (b: CloseBlockers): string =>
  [
    b.lans.length
      ? `LANs still down: ${b.lans.map((l) => `${l.code} (${l.phase})`).join(', ')}`
      : '',
    b.openTasks ? `${b.openTasks} task(s) still open` : '',
  ]
    .filter(Boolean)
    .join('; ');

/** Decides a status change; `facts` matter only for closing. */
export function decideIncidentStatus(
  current: IncidentStatus,
  command: StatusCommand,
  facts: CloseFacts,
): StatusDecision {
  if (current === command.to) {
    throw new DomainError('invalid_transition', `The incident is already ${current}`);
  }
  if (!INCIDENT_TRANSITIONS[current].includes(command.to)) {
    throw new DomainError(
      'invalid_transition',
      `A ${current} incident cannot become ${command.to}`,
      {
        from: current,
        to: command.to,
        allowed: INCIDENT_TRANSITIONS[current],
      },
    );
  }
  if (command.force && command.to !== 'closed') {
    throw invalidField('force', 'only closing can be forced');
  }
  if (command.force && !command.byOwner) {
    throw new DomainError('forbidden', 'Only the incident owner may force a close');
  }
  if (command.force && !command.reason?.trim()) {
    throw invalidField('reason', 'a forced close needs a reason');
  }
  if (command.to !== 'closed') return { next: command.to, forced: false, overridden: null };
  const blockers = closeBlockers(facts);
  if (blockers && !command.force) {
    throw new DomainError('close_blocked', `The incident cannot close yet: ${describe(blockers)}`, {
      blockers,
    });
  }
  return { next: 'closed', forced: Boolean(blockers), overridden: blockers };
}
