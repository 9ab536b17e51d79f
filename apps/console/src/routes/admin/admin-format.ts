// Pure helpers of the admin screens: patch lists, import reports, role words.
import type { ImportResult, Role } from '../../api/types';

/** Patches typed one per line or separated by commas/spaces: trimmed, upper-cased, once each. */
export function parsePatches(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) {
    const patch = part.trim().toUpperCase();
    if (patch) seen.add(patch);
  }
  return [...seen];
}

/** "12 created, 3 updated, 2 rejected" (deleted only when some were). */
export function importSummary(result: ImportResult): string {
  const parts = [`${result.created} created`, `${result.updated} updated`];
  if (result.deleted) parts.push(`${result.deleted} removed`);
  parts.push(`${result.rejected.length} rejected`);
  return parts.join(', ');
}

export interface RejectedRow {
  line: number;
  text: string | null;
  reason: string;
}

/** Each rejected line with its text from the file (line 1 is the header), in line order. */
export function rejectedRows(csv: string, rejected: ImportResult['rejected']): RejectedRow[] {
  const lines = csv.split(/\r?\n/);
  return [...rejected]
    .sort((a, b) => a.line - b.line)
    .map((r) => ({ line: r.line, text: lines[r.line - 1] ?? null, reason: r.reason }));
}

export const ROLE_WORDS: Record<Role, string> = {
  admin: 'Administrator',
  owner: 'Incident owner',
  command: 'Command staff',
  itu: 'Department IT unit',
  staff: 'Staff',
};

export function rolesWords(roles: readonly string[]): string {
  return roles.map((r) => ROLE_WORDS[r as Role] ?? r).join(', ');
}

/** The ITU role needs a department; say so before the api does. */
export function userFormProblem(roles: readonly string[], departmentId: string): string | null {
  return roles.includes('itu') && !departmentId
    ? 'A department IT unit member needs a department'
    : null;
}
