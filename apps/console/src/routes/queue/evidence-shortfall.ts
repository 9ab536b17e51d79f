/** What a refused completion (`422 evidence_below_baseline`) says is missing, per form control. */
import type { Problem } from '../../api/types';

export interface Shortfall {
  /** Required patches not ticked (as the baseline names them). */
  patches: string[];
  avProduct: boolean;
  /** "2026-02-01 or later" when the signatures are too old. */
  signatureDate: string | null;
  scanClean: boolean;
  /** Anything else the api listed, in its words. */
  other: string[];
}

export const NO_SHORTFALL: Shortfall = {
  patches: [],
  avProduct: false,
  signatureDate: null,
  scanClean: false,
  other: [],
};

/**
 * Reads `missing` (patch names, `avProduct`, `avSignatureDate <date> or later`,
 * `scanClean`) and `missingPatches` of the problem into what each control shows.
 */
export function readShortfall(problem: Problem, requiredPatches: readonly string[]): Shortfall {
  const missing = Array.isArray(problem['missing'])
    ? (problem['missing'] as unknown[]).map(String)
    : [];
  const listed = Array.isArray(problem['missingPatches'])
    ? (problem['missingPatches'] as unknown[]).map(String)
    : [];
  const required = new Map(requiredPatches.map((p) => [p.trim().toUpperCase(), p]));
  const out: Shortfall = {
    patches: [],
    avProduct: false,
    signatureDate: null,
    scanClean: false,
    other: [],
  };
  for (const item of [...listed, ...missing]) {
    const patch = required.get(item.trim().toUpperCase());
    if (patch) {
      if (!out.patches.includes(patch)) out.patches.push(patch);
    } else if (item === 'avProduct') out.avProduct = true;
    else if (item.startsWith('avSignatureDate'))
      out.signatureDate = item.slice('avSignatureDate'.length).trim() || 'newer';
    else if (item === 'scanClean') out.scanClean = true;
    else if (!listed.includes(item) && !out.other.includes(item)) out.other.push(item);
  }
  return out;
}

/** The summary line: "Missing: KB823980, MS03-039; the AV product; a clean scan". */
export function shortfallText(s: Shortfall): string {
  const parts = [
    s.patches.length ? s.patches.join(', ') : '',
    s.avProduct ? 'the AV product' : '',
    s.signatureDate ? `AV signatures dated ${s.signatureDate}` : '',
    s.scanClean ? 'a clean scan' : '',
    ...s.other,
  ].filter(Boolean);
  return parts.length ? `Missing: ${parts.join('; ')}` : '';
}
