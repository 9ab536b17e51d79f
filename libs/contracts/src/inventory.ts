/** Inventory shapes: devices, the standard build and compliance against it. */
export type DeviceHealthValue = 'unknown' | 'vulnerable' | 'infected' | 'isolated' | 'clean';

export interface DeviceView {
  id: string;
  hostname: string;
  ip: string | null;
  mac: string | null;
  lanId: string;
  departmentId: string;
  os: string | null;
  health: DeviceHealthValue;
  compliant: boolean;
  /** Required patches of the baseline the record lacks. */
  missingPatches: string[];
  /** Why it is not compliant: missing_patch, no_av, av_out_of_date, infected, isolated. */
  issues: string[];
  patches: string[];
  avProduct: string | null;
  avSignatureDate: string | null;
}

export interface BaselineView {
  requiredPatches: string[];
  minAvSignatureDate: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ComplianceCounts {
  devices: number;
  compliant: number;
  nonCompliant: number;
  issues: Record<'missing_patch' | 'no_av' | 'av_out_of_date' | 'infected' | 'isolated', number>;
  missingPatches: Record<string, number>;
}

export interface ComplianceSummary {
  baseline: BaselineView;
  totals: ComplianceCounts;
  departments: ({ departmentId: string; code: string; name: string } & ComplianceCounts)[];
  lans: ({
    lanId: string;
    code: string;
    departmentId: string;
    siteId: string;
  } & ComplianceCounts)[];
}
