import type { TaskEvidence } from '@cordon/contracts';
import type { Baseline, ComplianceFacts, DeviceHealth } from '../compliance/compliance';
import { normalisePatch } from '../compliance/compliance';

/**
 * Evidence is what the ITU member did to the machine, and it alone verifies a device:
 * the record saying "patched" is how machines were re-infected. Evidence meets the
 * baseline when it lists every required patch, signatures no older than the baseline
 * allows, an anti-virus product (from the evidence or the record) and a clean scan.
 */
export interface EvidenceShortfall {
  /** Exactly what is missing, one entry each, in a stable order. */
  missing: string[];
  missingPatches: string[];
}

export function evidenceShortfall(
  evidence: TaskEvidence,
  baseline: Baseline,
  recordedAvProduct: string | null = null,
): EvidenceShortfall {
  const installed = new Set(evidence.patches.map(normalisePatch));
  const missingPatches = baseline.requiredPatches
    .map(normalisePatch)
    .filter((patch) => !installed.has(patch));
  const missing = [...missingPatches];
  if (!(evidence.avProduct?.trim() || recordedAvProduct?.trim())) missing.push('avProduct');
  if (
    baseline.minAvSignatureDate !== null &&
    evidence.avSignatureDate < baseline.minAvSignatureDate
  ) {
    missing.push(`avSignatureDate ${baseline.minAvSignatureDate} or later`);
  }
  if (!evidence.scanClean) missing.push('scanClean');
  return { missing, missingPatches };
}

export const evidenceMeetsBaseline = (
  evidence: TaskEvidence,
  baseline: Baseline,
  recordedAvProduct: string | null = null,
): boolean => evidenceShortfall(evidence, baseline, recordedAvProduct).missing.length === 0;

/** The device record after accepted evidence: patches added, AV as evidenced, health clean. */
export interface DeviceFactsAfterEvidence {
  patches: string[];
  avProduct: string | null;
  avSignatureDate: string | null;
  health: DeviceHealth;
}

export function deviceAfterEvidence(
  device: ComplianceFacts,
  evidence: TaskEvidence,
): DeviceFactsAfterEvidence {
  const patches = [...new Set([...device.patches, ...evidence.patches].map(normalisePatch))].sort();
  return {
    patches,
    avProduct: evidence.avProduct?.trim() || device.avProduct,
    avSignatureDate: evidence.avSignatureDate,
    health: evidence.scanClean ? 'clean' : device.health,
  };
}
