/** Directory shapes: the organisation, its places, LANs and people. */
export interface DepartmentView {
  id: string;
  code: string;
  name: string;
}

export const SUPPORT_UNIT_KINDS = ['itu', 'specialist'] as const;
export type SupportUnitKind = (typeof SUPPORT_UNIT_KINDS)[number];

/** A department's IT unit (one per department) or a specialist support group inside a section. */
export interface SupportUnitView {
  id: string;
  code: string;
  name: string;
  kind: SupportUnitKind;
  departmentId: string;
  section: string | null;
  email: string | null;
}

export interface SiteView {
  id: string;
  code: string;
  name: string;
  address: string | null;
}

export interface LanView {
  id: string;
  code: string;
  name: string;
  siteId: string;
  departmentId: string;
  cidr: string | null;
}

export interface StaffView {
  id: string;
  name: string;
  email: string;
  mobile: string | null;
  departmentId: string;
  siteId: string | null;
  lanId: string | null;
  smsConsent: boolean;
  /** false: a leaver (no longer in the directory); kept, never addressed by broadcasts. */
  active: boolean;
}

/** The answer to a CSV import: bad lines by their line in the file (the header is line 1). */
export interface ImportResult {
  created: number;
  updated: number;
  /** Rows missing from the file that were removed (only with `?prune=true`). */
  deleted: number;
  rejected: { line: number; reason: string }[];
}
