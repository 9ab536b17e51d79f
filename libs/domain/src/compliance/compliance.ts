/**
 * The standard build and whether a device's record meets it. Compliance is an
 * inventory fact about the record: it never opens a LAN by itself.
 */
export const DEVICE_HEALTH = ['unknown', 'vulnerable', 'infected', 'isolated', 'clean'] as const;
export type DeviceHealth = (typeof DEVICE_HEALTH)[number];

export const isDeviceHealth = (value: string): value is DeviceHealth =>
  (DEVICE_HEALTH as readonly string[]).includes(value);

/** Required patches, and the oldest acceptable anti-virus signature date (YYYY-MM-DD). */
export interface Baseline {
  requiredPatches: readonly string[];
  minAvSignatureDate: string | null;
}

/** Before an admin sets one: no patch required, any signature date accepted. */
export const EMPTY_BASELINE: Baseline = { requiredPatches: [], minAvSignatureDate: null };

export interface ComplianceFacts {
  patches: readonly string[];
  avProduct: string | null;
  avSignatureDate: string | null;
  health: DeviceHealth;
}

export const COMPLIANCE_ISSUES = [
  'missing_patch',
  'no_av',
  'av_out_of_date',
  'infected',
  'isolated',
] as const;
export type ComplianceIssue = (typeof COMPLIANCE_ISSUES)[number];

export interface Compliance {
  compliant: boolean;
  /** Required patches the record lacks, in the baseline's order. */
  missingPatches: string[];
  issues: ComplianceIssue[];
}

export const normalisePatch = (patch: string): string => patch.trim().toUpperCase();

/**
 * A device is compliant when it has every required patch, an anti-virus product whose
 * signatures are no older than the baseline allows, and is neither infected nor
 * isolated. A device with no anti-virus is never compliant, baseline or not; an AV
 * with an unknown signature date fails once the baseline sets a minimum.
 */
export function assessCompliance(device: ComplianceFacts, baseline: Baseline): Compliance {
  const installed = new Set(device.patches.map(normalisePatch));
  const missingPatches = baseline.requiredPatches
    .map(normalisePatch)
    .filter((patch) => !installed.has(patch));
  const issues: ComplianceIssue[] = [];
  if (missingPatches.length) issues.push('missing_patch');
  if (!device.avProduct?.trim()) {
    issues.push('no_av');
  } else if (
    baseline.minAvSignatureDate !== null &&
    (device.avSignatureDate === null || device.avSignatureDate < baseline.minAvSignatureDate)
  ) {
    issues.push('av_out_of_date');
  }
  if (device.health === 'infected') issues.push('infected');
  if (device.health === 'isolated') issues.push('isolated');
  return { compliant: issues.length === 0, missingPatches, issues };
}

/** Counts of devices by compliance, for a department, a LAN or the whole council. */
export interface ComplianceTally {
  devices: number;
  compliant: number;
  nonCompliant: number;
  /** Devices with each issue (a device may have several). */
  issues: Record<ComplianceIssue, number>;
  /** Devices lacking each required patch. */
  missingPatches: Record<string, number>;
}

export function emptyTally(baseline: Baseline = EMPTY_BASELINE): ComplianceTally {
  return {
    devices: 0,
    compliant: 0,
    nonCompliant: 0,
    issues: { missing_patch: 0, no_av: 0, av_out_of_date: 0, infected: 0, isolated: 0 },
    missingPatches: Object.fromEntries(baseline.requiredPatches.map((p) => [normalisePatch(p), 0])),
  };
}

/** Adds one device's compliance to a tally (mutates and returns it). */
export function addToTally(tally: ComplianceTally, compliance: Compliance): ComplianceTally {
  tally.devices++;
  if (compliance.compliant) tally.compliant++;
  else tally.nonCompliant++;
  for (const issue of compliance.issues) tally.issues[issue]++;
  for (const patch of compliance.missingPatches) {
    tally.missingPatches[patch] = (tally.missingPatches[patch] ?? 0) + 1;
  }
  return tally;
}
