import { departmentScope, hasAnyRole, ScopedUser } from '../auth/department-scope';
import { DomainError } from '../errors/domain-error';

/** The caller, as the incident rules see them. */
export interface IncidentActor extends ScopedUser {
  id: string;
}

/** What the rules need to know of an incident. */
export interface IncidentFacts {
  ownerId: string;
  /** Departments the incident involves (plan LANs, tasks, directives). */
  departmentIds: readonly string[];
}

/**
 * Who may act on an incident: its owner (the one named person), admins, command staff,
 * readers (every role that sees the whole organisation) and ITU members of a department
 * the incident involves.
 */
type Principal = 'owner' | 'admin' | 'command' | 'reader' | 'involved_itu';

export const INCIDENT_ACTIONS = {
  read: ['owner', 'admin', 'command', 'reader', 'involved_itu'],
  handover: ['owner', 'admin'],
  list_eligible_owners: ['owner', 'admin', 'command'],
  change_status: ['owner', 'admin'],
  edit: ['owner', 'admin'],
  post_update: ['owner', 'admin', 'command'],
  plan_lans: ['owner', 'admin', 'command'],
  move_lan: ['owner', 'admin', 'command'],
  reopen_lan: ['owner'],
  waive_device: ['owner'],
  issue_directive: ['owner'],
  create_task: ['owner', 'admin', 'command'],
  reassign_task: ['owner', 'admin'],
  unclaim_task: ['owner', 'admin', 'command'],
  reopen_task: ['owner', 'admin', 'command'],
  verify_task: ['admin', 'command'],
  list_fault_reports: ['owner', 'admin', 'command'],
} as const satisfies Record<string, readonly Principal[]>;

export type IncidentAction = keyof typeof INCIDENT_ACTIONS;

const WHAT: Record<IncidentAction, string> = {
  read: 'see this incident',
  handover: 'hand the incident over',
  list_eligible_owners: 'list who could own the incident',
  change_status: 'change the incident status',
  edit: 'change the incident',
  post_update: 'post an update',
  plan_lans: 'change the LAN plan',
  move_lan: 'shut down or clean a LAN',
  reopen_lan: 'reopen a LAN',
  waive_device: 'waive a device',
  issue_directive: 'issue directives',
  create_task: 'create tasks',
  reassign_task: 'reassign a task',
  unclaim_task: 'release a task someone else claimed',
  reopen_task: 'reopen a task',
  verify_task: 'verify a task',
  list_fault_reports: 'list fault reports',
};

const WHO: Record<Principal, string> = {
  owner: 'the incident owner',
  admin: 'an admin',
  command: 'command staff',
  reader: 'incident readers',
  involved_itu: 'ITU members of an involved department',
};

export const isIncidentOwner = (user: IncidentActor, incident: IncidentFacts): boolean =>
  user.id === incident.ownerId;

function holds(user: IncidentActor, incident: IncidentFacts, principal: Principal): boolean {
  switch (principal) {
    case 'owner':
      return isIncidentOwner(user, incident);
    case 'admin':
      return user.roles.includes('admin');
    case 'command':
      return hasAnyRole(user, ['command']);
    case 'reader':
      return departmentScope(user).kind === 'all';
    case 'involved_itu': {
      const scope = departmentScope(user);
      return scope.kind === 'department' && incident.departmentIds.includes(scope.departmentId);
    }
  }
}

export function mayActOnIncident(
  user: IncidentActor,
  incident: IncidentFacts,
  action: IncidentAction,
): boolean {
  return (INCIDENT_ACTIONS[action] as readonly Principal[]).some((p) => holds(user, incident, p));
}

export function assertMayActOnIncident(
  user: IncidentActor,
  incident: IncidentFacts,
  action: IncidentAction,
): void {
  if (mayActOnIncident(user, incident, action)) return;
  const who = (INCIDENT_ACTIONS[action] as readonly Principal[]).map((p) => WHO[p]);
  const list = who.length > 1 ? `${who.slice(0, -1).join(', ')} or ${who[who.length - 1]}` : who[0];
  throw new DomainError('forbidden', `Only ${list} may ${WHAT[action]}`);
}
