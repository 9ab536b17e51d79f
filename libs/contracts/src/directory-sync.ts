import type { Role } from './auth';

/** Directory sync from Active Directory / LDAP: what a run found and did (or would do). */

/** A field of a member of staff that a sync can change. */
export type StaffSyncField =
  | 'name'
  | 'email'
  | 'mobile'
  | 'department'
  | 'site'
  | 'lan'
  | 'dn'
  /** Linked to the directory entry (known before by email only, e.g. from a CSV import). */
  | 'link'
  /** Back in the directory after leaving: active again. */
  | 'active';

export interface DirectorySyncPerson {
  dn: string;
  email: string;
  name: string;
}

export interface DirectorySyncUpdate extends DirectorySyncPerson {
  /** What differs from Cordon's row, in a fixed order; a row with none is unchanged. */
  changes: StaffSyncField[];
}

export interface DirectorySyncRejection {
  dn: string;
  /** Names the attribute and its value: `mail "x" is not an email address`. */
  reason: string;
}

export interface DirectorySyncLeaver {
  email: string;
  name: string;
  /** The entry's DN when it was last seen. */
  dn: string | null;
}

/** A user whose directory groups now map to other roles or another department. */
export interface DirectorySyncAccessChange {
  email: string;
  before: { roles: Role[]; departmentId: string | null };
  after: { roles: Role[]; departmentId: string | null };
  /** The mapped groups that gave the new access. */
  groups: string[];
}

/**
 * The answer to `POST /directory/sync`: the same lines for a dry run (nothing written)
 * and a real one. Lists are sorted by DN (leavers by email).
 */
export interface DirectorySyncReport {
  dryRun: boolean;
  /** Entries the directory returned for the filter. */
  entries: number;
  created: DirectorySyncPerson[];
  updated: DirectorySyncUpdate[];
  unchanged: number;
  rejected: DirectorySyncRejection[];
  /** In Cordon from an earlier sync, gone from the directory: marked inactive, not deleted. */
  leavers: DirectorySyncLeaver[];
  /**
   * Users (by email) whose groups (memberOf) map to other access through the identity
   * group mappings; a user none of whose groups is mapped is left alone.
   */
  access: DirectorySyncAccessChange[];
}

/** Data of the `staff.synced` event (stream `directory`), in the transaction of the writes. */
export interface StaffSyncedData {
  trigger: 'schedule' | 'on_demand';
  entries: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  leavers: number;
  /** Users whose roles or department changed with their groups. */
  accessChanged: number;
  /** The first of the leavers' emails. */
  leaverEmails: string[];
}

/** `GET /directory/sync`: whether sync is configured, its schedule and the last real run. */
export interface DirectorySyncStatus {
  configured: boolean;
  /** The server and base DN read (no credentials); null when not configured. */
  url: string | null;
  baseDn: string | null;
  /** Minutes between scheduled syncs; null: on demand only (or not configured). */
  scheduleMinutes: number | null;
  /** The last sync that wrote (dry runs are not recorded); null: none yet. */
  last: (StaffSyncedData & { at: string }) | null;
}
