import type { DirectorySyncReport, StaffSyncedData, StaffSyncField } from '@cordon/contracts';
import type { RowResult } from './staff-row';
import type { DirectoryEntry, SyncedStaff } from './directory-entry';

/** A member of staff as Cordon holds them, read before a sync. */
export interface ExistingStaff {
  id: string;
  directoryId: string | null;
  dn: string | null;
  name: string;
  email: string;
  mobile: string | null;
  departmentId: string;
  siteId: string | null;
  lanId: string | null;
  active: boolean;
}

/** What a sync writes: the same plan for a dry run, which writes nothing. */
export interface SyncPlan {
  creates: SyncedStaff[];
  updates: { id: string; row: SyncedStaff; changes: StaffSyncField[] }[];
  leavers: ExistingStaff[];
  report: DirectorySyncReport;
}

/** At most this many leavers' emails are named in a `staff.synced` event. */
export const SYNC_LEAVERS_LISTED = 500;

const byDn = <T extends { dn: string }>(a: T, b: T): number =>
  a.dn < b.dn ? -1 : a.dn > b.dn ? 1 : 0;

/** The fields that differ, in a fixed order; the LAN only when the directory holds it. */
export function staffChanges(before: ExistingStaff, after: SyncedStaff): StaffSyncField[] {
  const changes: StaffSyncField[] = [];
  if (before.directoryId !== after.directoryId) changes.push('link');
  if (!before.active) changes.push('active');
  if (before.name !== after.name) changes.push('name');
  if (before.email !== after.email) changes.push('email');
  if (before.mobile !== after.mobile) changes.push('mobile');
  if (before.departmentId !== after.departmentId) changes.push('department');
  if (before.siteId !== after.siteId) changes.push('site');
  if (after.lanId !== undefined && before.lanId !== after.lanId) changes.push('lan');
  if (before.dn !== after.dn) changes.push('dn');
  return changes;
}

/**
 * A sync's plan from the directory's entries and Cordon's staff. An entry is matched
 * by its stable id, else by email (a person a CSV import added, or an account that
 * replaced one gone from the directory), and is refused when its id or email is
 * another entry's or its email is another person's in Cordon. Leavers are the people an
 * earlier sync linked whose id the directory no longer returns; a refused entry still
 * counts as present, so a malformed entry never makes its person a leaver.
 */
export function planDirectorySync(
  entries: DirectoryEntry[],
  existing: ExistingStaff[],
  validate: (entry: DirectoryEntry) => RowResult<SyncedStaff>,
  names: { id: string; mail: string },
  dryRun: boolean,
): SyncPlan {
  const sorted = [...entries].sort(byDn);
  const seenIds = new Set(sorted.flatMap((e) => (e.id ? [e.id] : [])));
  const byId = new Map(existing.flatMap((s) => (s.directoryId ? [[s.directoryId, s]] : [])));
  const byEmail = new Map(existing.map((s) => [s.email, s]));
  const idOn = new Map<string, string>();
  const emailOn = new Map<string, string>();
  const claimed = new Set<string>();
  const plan: SyncPlan = {
    creates: [],
    updates: [],
    leavers: [],
    report: {
      dryRun,
      entries: entries.length,
      created: [],
      updated: [],
      unchanged: 0,
      rejected: [],
      leavers: [],
      access: [],
    },
  };
  const refuse = (dn: string, reason: string) => plan.report.rejected.push({ dn, reason });

  for (const entry of sorted) {
    const result = validate(entry);
    if (!result.ok) {
      refuse(entry.dn, result.reason);
      continue;
    }
    const row = result.row;
    const idFirst = idOn.get(row.directoryId);
    if (idFirst !== undefined) {
      refuse(row.dn, `${names.id} ${row.directoryId} is also on ${idFirst}`);
      continue;
    }
    idOn.set(row.directoryId, row.dn);
    const emailFirst = emailOn.get(row.email);
    if (emailFirst !== undefined) {
      refuse(row.dn, `${names.mail} "${row.email}" is also on ${emailFirst}`);
      continue;
    }
    emailOn.set(row.email, row.dn);

    const holder = byEmail.get(row.email);
    let match = byId.get(row.directoryId);
    if (!match && holder && (!holder.directoryId || !seenIds.has(holder.directoryId)))
      match = holder;
    if (holder && holder !== match) {
      refuse(row.dn, `${names.mail} "${row.email}" is another member of staff's in Cordon`);
      continue;
    }
    const person = { dn: row.dn, email: row.email, name: row.name };
    if (!match) {
      plan.creates.push(row);
      plan.report.created.push(person);
      continue;
    }
    claimed.add(match.id);
    const changes = staffChanges(match, row);
    if (changes.length === 0) plan.report.unchanged++;
    else {
      plan.updates.push({ id: match.id, row, changes });
      plan.report.updated.push({ ...person, changes });
    }
  }

  plan.leavers = existing
    .filter((s) => s.directoryId && s.active && !seenIds.has(s.directoryId) && !claimed.has(s.id))
    .sort((a, b) => (a.email < b.email ? -1 : 1));
  plan.report.leavers = plan.leavers.map((s) => ({ email: s.email, name: s.name, dn: s.dn }));
  return plan;
}

/** The counts a `staff.synced` event records. */
export function syncEvent(
  report: DirectorySyncReport,
  trigger: StaffSyncedData['trigger'],
): StaffSyncedData {
  return {
    trigger,
    entries: report.entries,
    created: report.created.length,
    updated: report.updated.length,
    unchanged: report.unchanged,
    rejected: report.rejected.length,
    leavers: report.leavers.length,
    accessChanged: report.access.length,
    leaverEmails: report.leavers.slice(0, SYNC_LEAVERS_LISTED).map((l) => l.email),
  };
}
