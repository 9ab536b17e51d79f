import { normaliseCode, normaliseEmail, normaliseMobile } from './contact';
import type { LanRef, RowResult } from './staff-row';

/** One directory entry as read, each mapped attribute's first value (null when absent). */
export interface DirectoryEntry {
  dn: string;
  id: string | null;
  name: string | null;
  mail: string | null;
  mobile: string | null;
  department: string | null;
  site: string | null;
  /** Always null when the directory holds no LAN attribute. */
  lan: string | null;
  /** Group DNs (memberOf). */
  groups: string[];
}

/** The attribute each field was read from, for the reasons given: `mail`, `physicalDeliveryOfficeName`. */
export interface DirectoryAttributeNames {
  id: string;
  name: string;
  mail: string;
  mobile: string;
  department: string;
  site: string;
  /** null: the directory holds no LAN, and a sync leaves each person's LAN alone. */
  lan: string | null;
}

/**
 * Departments and sites by upper-case code and by lower-case name (a directory holds
 * `Social Services` where a CSV holds `SOC`), LANs by code.
 */
export interface SyncLookups {
  departments: ReadonlyMap<string, string>;
  departmentNames: ReadonlyMap<string, string>;
  sites: ReadonlyMap<string, string>;
  siteNames: ReadonlyMap<string, string>;
  lans: ReadonlyMap<string, LanRef>;
}

/** A member of staff as the directory gives them. */
export interface SyncedStaff {
  directoryId: string;
  dn: string;
  name: string;
  email: string;
  mobile: string | null;
  departmentId: string;
  siteId: string | null;
  /** undefined: the directory holds no LAN (the row keeps its own). */
  lanId: string | null | undefined;
}

/** By code, then by name, whatever the case and spacing. */
function byCodeOrName(
  codes: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
  raw: string,
): string | undefined {
  const code = normaliseCode(raw);
  return (code && codes.get(code)) || names.get(raw.trim().replace(/\s+/g, ' ').toLowerCase());
}

/**
 * One directory entry against Cordon's departments, sites and LANs, with the CSV
 * import's rules (email lower-cased, mobile in E.164, known department); every problem
 * in one reason naming the attribute and its value.
 */
export function validateDirectoryEntry(
  entry: DirectoryEntry,
  attrs: DirectoryAttributeNames,
  lookups: SyncLookups,
): RowResult<SyncedStaff> {
  const problems: string[] = [];
  if (!entry.id) problems.push(`${attrs.id} is missing`);

  const name = entry.name?.trim().replace(/\s+/g, ' ') ?? '';
  if (!name) problems.push(`${attrs.name} is missing`);
  else if (name.length > 200) problems.push(`${attrs.name} is longer than 200 characters`);

  const email = entry.mail ? normaliseEmail(entry.mail) : null;
  if (!entry.mail) problems.push(`${attrs.mail} is missing`);
  else if (!email) problems.push(`${attrs.mail} "${entry.mail}" is not an email address`);

  let mobile: string | null = null;
  if (entry.mobile) {
    mobile = normaliseMobile(entry.mobile);
    if (!mobile)
      problems.push(`${attrs.mobile} "${entry.mobile}" is not in E.164 form (e.g. +447700900123)`);
  }

  const departmentId = entry.department
    ? byCodeOrName(lookups.departments, lookups.departmentNames, entry.department)
    : undefined;
  if (!entry.department) problems.push(`${attrs.department} is missing`);
  else if (!departmentId)
    problems.push(`${attrs.department} "${entry.department}" is not a department in Cordon`);

  let siteId: string | null = null;
  if (entry.site) {
    siteId = byCodeOrName(lookups.sites, lookups.siteNames, entry.site) ?? null;
    if (!siteId) problems.push(`${attrs.site} "${entry.site}" is not a site in Cordon`);
  }

  let lanId: string | null | undefined = attrs.lan === null ? undefined : null;
  if (attrs.lan !== null && entry.lan) {
    const code = normaliseCode(entry.lan);
    const lan = code ? lookups.lans.get(code) : undefined;
    if (!lan) problems.push(`${attrs.lan} "${entry.lan}" is not a LAN in Cordon`);
    else if (siteId && lan.siteId !== siteId)
      problems.push(`${attrs.lan} "${entry.lan}" is not at ${attrs.site} "${entry.site}"`);
    else {
      lanId = lan.id;
      siteId = lan.siteId;
    }
  }

  if (problems.length || !entry.id || !email || !departmentId)
    return { ok: false, reason: problems.join('; ') };
  return {
    ok: true,
    row: { directoryId: entry.id, dn: entry.dn, name, email, mobile, departmentId, siteId, lanId },
  };
}
