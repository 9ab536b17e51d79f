/**
 * Contact readiness: how much of the staff list each channel reaches, per department and
 * per site, before a LAN is shut down (`GET /directory/contact-readiness`).
 */
export interface ContactReadinessCounts {
  staff: number;
  /** Reachable by email (an address on record). */
  email: number;
  /** Reachable by SMS: a mobile in E.164 form and their consent. */
  sms: number;
  /** Reachable by both. */
  both: number;
  /** Reachable by neither. */
  none: number;
  noMobile: number;
  invalidMobile: number;
  noConsent: number;
  /** Shares of `staff` (0 to 1, three decimals; 0 when there are no staff). */
  shares: { email: number; sms: number; both: number };
}

export interface ContactReadinessGroup extends ContactReadinessCounts {
  /** The department's or site's id; null for staff with no site. */
  id: string | null;
  code: string | null;
  name: string;
}

export interface ContactReadinessView {
  overall: ContactReadinessCounts;
  departments: ContactReadinessGroup[];
  sites: ContactReadinessGroup[];
}

/** Why SMS does not reach someone on the staff list. */
export type ContactGap = 'no_mobile' | 'invalid_mobile' | 'no_sms_consent';

/** Someone SMS does not reach (`GET /directory/contact-readiness/gaps`), by name. */
export interface ContactGapView {
  staffId: string;
  name: string;
  email: string;
  departmentId: string;
  siteId: string | null;
  lanCode: string | null;
  gap: ContactGap;
}
