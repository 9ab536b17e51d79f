/** Contact details as the directory stores them. */

const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * A mobile number in E.164 form (`+447700900123`), or null when it is not one.
 * Spaces, dashes, dots, brackets and a "(0)" trunk prefix are dropped first; nothing is guessed
 * (a national `07700 …` number is refused rather than assumed to be British).
 */
export function normaliseMobile(raw: string): string | null {
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s\-.()]/g, '');
  return E164.test(compact) ? compact : null;
}

export const isE164 = (value: string): boolean => E164.test(value);

const EMAIL = /^[^\s@,;"<>()[\]]+@[^\s@,;"<>()[\]]+\.[^\s@,;"<>()[\]]+$/;

/** An email address, lower-cased, or null when it does not look like one. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

/** Codes of departments, sites, units and LANs: upper-cased, letters, digits, _ and -. */
export function normaliseCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return CODE.test(code) ? code : null;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** yes/no, true/false, y/n, 1/0 (blank is no); null when it is none of those. */
export function parseYesNo(raw: string): boolean | null {
  const value = raw.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}
