import { normaliseCode, normaliseEmail, normaliseMobile, parseYesNo } from './contact';

/** The staff CSV: `name,email,mobile,department,site,lan`, and optionally `smsConsent`. */
export const STAFF_COLUMNS = {
  required: ['name', 'email', 'department'] as const,
  optional: ['mobile', 'site', 'lan', 'smsConsent'] as const,
};
export type StaffColumn =
  (typeof STAFF_COLUMNS.required)[number] | (typeof STAFF_COLUMNS.optional)[number];

export interface LanRef {
  id: string;
  siteId: string;
  departmentId: string;
  cidr: string | null;
}

/** Codes (upper case) to ids, loaded once per import. */
export interface DirectoryLookups {
  departments: ReadonlyMap<string, string>;
  sites: ReadonlyMap<string, string>;
  lans: ReadonlyMap<string, LanRef>;
}

export interface StaffRow {
  name: string;
  email: string;
  mobile: string | null;
  departmentId: string;
  siteId: string | null;
  lanId: string | null;
  /** null when the file has no smsConsent column: an existing choice is kept. */
  smsConsent: boolean | null;
}

export type RowResult<T> = { ok: true; row: T } | { ok: false; reason: string };

function lookup<T>(map: ReadonlyMap<string, T>, raw: string): T | undefined {
  const code = normaliseCode(raw);
  return code ? map.get(code) : undefined;
}

/** One line of a staff CSV against the directory; every problem of the line in one reason. */
export function validateStaffRow(
  values: Partial<Record<StaffColumn, string>>,
  lookups: DirectoryLookups,
): RowResult<StaffRow> {
  const problems: string[] = [];
  const name = values.name ?? '';
  if (!name) problems.push('name is empty');
  else if (name.length > 200) problems.push('name is longer than 200 characters');

  const email = normaliseEmail(values.email ?? '');
  if (!values.email) problems.push('email is empty');
  else if (!email) problems.push(`email "${values.email}" is not an email address`);

  let mobile: string | null = null;
  if (values.mobile) {
    mobile = normaliseMobile(values.mobile);
    if (!mobile)
      problems.push(`mobile "${values.mobile}" is not in E.164 form (e.g. +447700900123)`);
  }

  const departmentId = values.department
    ? lookup(lookups.departments, values.department)
    : undefined;
  if (!values.department) problems.push('department is empty');
  else if (!departmentId) problems.push(`department "${values.department}" does not exist`);

  let siteId: string | null = null;
  if (values.site) {
    siteId = lookup(lookups.sites, values.site) ?? null;
    if (!siteId) problems.push(`site "${values.site}" does not exist`);
  }

  let lanId: string | null = null;
  if (values.lan) {
    const lan = lookup(lookups.lans, values.lan);
    if (!lan) problems.push(`lan "${values.lan}" does not exist`);
    else if (values.site && siteId && lan.siteId !== siteId) {
      problems.push(`lan "${values.lan}" is not at site "${values.site}"`);
    } else {
      lanId = lan.id;
      siteId = lan.siteId;
    }
  }

  let smsConsent: boolean | null = null;
  if (values.smsConsent !== undefined) {
    smsConsent = parseYesNo(values.smsConsent);
    if (smsConsent === null) problems.push(`smsConsent "${values.smsConsent}" is not yes or no`);
  }

  if (problems.length || !email || !departmentId) return { ok: false, reason: problems.join('; ') };
  return { ok: true, row: { name, email, mobile, departmentId, siteId, lanId, smsConsent } };
}
