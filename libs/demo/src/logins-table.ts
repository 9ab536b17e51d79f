import { DEMO_DEPARTMENTS } from './council';

export interface PrintedLogin {
  email: string;
  roles: readonly string[];
  department: string | null;
  password: string;
}

/** The first line of the logins table: `tools/demo.mjs` finds the table by it. */
export const LOGINS_TABLE_TITLE = 'Demo logins';

/**
 * The demo logins as a plain-text table (role, email, department, password), printed
 * last by the seed so that it is what stays on screen.
 */
export function formatLoginsTable(logins: readonly PrintedLogin[]): string {
  const names = new Map(DEMO_DEPARTMENTS.map((d) => [d.code, d.name]));
  const rows = [
    ['role', 'email', 'department', 'password'],
    ...logins.map((l) => [
      l.roles.join(', '),
      l.email,
      l.department ? `${l.department} ${names.get(l.department) ?? ''}`.trim() : '(all)',
      l.password,
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    `  ${cells.map((cell, c) => cell.padEnd(widths[c])).join('  ')}`.trimEnd();
  const passwords = new Set(logins.map((l) => l.password));
  const shared = passwords.size === 1 ? ` (one password for all: ${[...passwords][0]})` : '';
  return [
    `${LOGINS_TABLE_TITLE}${shared}`,
    line(rows[0]),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
  ].join('\n');
}
