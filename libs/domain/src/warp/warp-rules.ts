import type { DecisionRequest } from '@cordon/contracts';
import { hasAnyRole } from '../auth/department-scope';
import { DomainError } from '../errors/domain-error';
import { invalidField } from '../errors/invalid-field';
import { IncidentActor, IncidentFacts, isIncidentOwner } from '../incidents/incident-permissions';

/** Who may preview and send an incident's WARP summary: its owner, command staff, admins. */
export function assertMayShareWarp(user: IncidentActor, incident: IncidentFacts): void {
  if (isIncidentOwner(user, incident) || hasAnyRole(user, ['command'])) return;
  throw new DomainError(
    'forbidden',
    'Only the incident owner, command staff or an admin may preview or send a WARP summary',
  );
}

/** Who may mark a decision on an incident: its owner (or an admin). */
export function assertMayMarkDecision(user: IncidentActor, incident: IncidentFacts): void {
  if (isIncidentOwner(user, incident) || user.roles.includes('admin')) return;
  throw new DomainError('forbidden', 'Only the incident owner or an admin may mark a decision');
}

export const DECISION_MAX_LENGTH = 500;

/** A decision's words, trimmed: one short sentence or a few, never empty. */
export function decisionText(request: DecisionRequest): string {
  const text = request.text.trim();
  if (!text) throw invalidField('text', 'say what was decided');
  if (text.length > DECISION_MAX_LENGTH)
    throw invalidField('text', `at most ${DECISION_MAX_LENGTH} characters`);
  return text;
}

/** JSON with keys in order at every depth: what a summary's hash is taken over. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
