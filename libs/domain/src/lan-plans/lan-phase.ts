import type { LanPhase } from '@cordon/contracts';
import { DomainError } from '../errors/domain-error';

/** What else must happen when a LAN changes phase; the service carries them out. */
export type LanEffect = 'create_cleanup_tasks' | 'check_reopen_gate' | 'notify_lan_staff';

/** Who may make a move: `command` is the owner or command staff, `owner` the owner alone. */
export type LanMover = 'command' | 'owner';

export interface LanTransitionRule {
  who: LanMover;
  effects: readonly LanEffect[];
}

/**
 * planned → shut_down → cleaning → reopened. A shut-down LAN may reopen without a
 * separate cleaning step; the gate is what protects the reopening either way.
 * Reopened is final for the incident: a machine found infected later is isolated on
 * its own and the LAN stays open.
 */
export const LAN_TRANSITIONS: Readonly<
  Record<LanPhase, Readonly<Partial<Record<LanPhase, LanTransitionRule>>>>
> = {
  planned: {
    shut_down: { who: 'command', effects: ['create_cleanup_tasks', 'notify_lan_staff'] },
  },
  shut_down: {
    cleaning: { who: 'command', effects: [] },
    reopened: { who: 'owner', effects: ['check_reopen_gate', 'notify_lan_staff'] },
  },
  cleaning: {
    reopened: { who: 'owner', effects: ['check_reopen_gate', 'notify_lan_staff'] },
  },
  reopened: {},
};

export interface LanCommand {
  to: LanPhase;
  /** The caller is the incident's owner. */
  byOwner: boolean;
  /** The caller is command staff (or an admin). */
  byCommand: boolean;
}

export type LanDecision =
  | { kind: 'move'; from: LanPhase; to: LanPhase; effects: readonly LanEffect[] }
  /** Asked for the phase it is already in: nothing to do, however often repeated. */
  | { kind: 'unchanged'; phase: LanPhase };

export function decideLanTransition(phase: LanPhase, command: LanCommand): LanDecision {
  const rule = LAN_TRANSITIONS[phase][command.to];
  const allowed = (mover: LanMover) =>
    mover === 'owner' ? command.byOwner : command.byOwner || command.byCommand;
  if (phase === command.to) {
    const entry = Object.values(LAN_TRANSITIONS).find((r) => r[phase])?.[phase];
    if (entry && !allowed(entry.who)) throw refusal(entry.who, command.to);
    return { kind: 'unchanged', phase };
  }
  if (!rule) {
    const next = Object.keys(LAN_TRANSITIONS[phase]);
    throw new DomainError(
      'invalid_transition',
      `A LAN that is ${phase} cannot go to ${command.to}${next.length ? ` (only to ${next.join(' or ')})` : ''}`,
      { from: phase, to: command.to, allowed: next },
    );
  }
  if (!allowed(rule.who)) throw refusal(rule.who, command.to);
  return { kind: 'move', from: phase, to: command.to, effects: rule.effects };
}

function refusal(who: LanMover, to: LanPhase): DomainError {
  return new DomainError(
    'forbidden',
    who === 'owner'
      ? `Only the incident owner may move a LAN to ${to}`
      : `Only the incident owner or command staff may move a LAN to ${to}`,
  );
}
