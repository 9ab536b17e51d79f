import { ADVISORY_SEVERITIES, AdvisorySeverity, CreateAdvisoryRequest } from '@cordon/contracts';
import { normalisePatch } from '../compliance/compliance';
import { DomainError } from '../errors/domain-error';

/** An advisory as stored: identifier and patch upper case, builds trimmed and distinct. */
export interface AdvisoryValues {
  identifier: string;
  title: string;
  severity: AdvisorySeverity;
  affectedBuilds: string[];
  patch: string;
  summary: string | null;
}

/** How an OS build is compared: trimmed, spaces collapsed, case ignored. */
export const buildKey = (os: string): string => os.trim().replace(/\s+/g, ' ').toLowerCase();

/** The advisory's builds, trimmed, without repeats (the first spelling kept). */
export function distinctBuilds(builds: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const build of builds) {
    const clean = build.trim().replace(/\s+/g, ' ');
    if (clean && !seen.has(buildKey(clean))) seen.set(buildKey(clean), clean);
  }
  return [...seen.values()];
}

/** The advisory's build a device's `os` is, or null when the advisory does not affect it. */
export function affectedBuildOf(builds: readonly string[], os: string | null): string | null {
  if (!os) return null;
  const key = buildKey(os);
  return builds.find((build) => buildKey(build) === key) ?? null;
}

/** A server by its build (… Server …) or its host name (…-srv-…). */
export const looksLikeServer = (device: { os: string | null; hostname: string }): boolean =>
  /\bserver\b/i.test(device.os ?? '') || /(^|[-_.])srv([-_.\d]|$)/i.test(device.hostname);

/** The patch is on the device's record (names compared as baselines compare them). */
export const hasPatch = (patches: readonly string[], patch: string): boolean =>
  patches.some((p) => normalisePatch(p) === normalisePatch(patch));

/** Normalises a complete advisory; refuses one affecting no build. */
export function advisoryValues(request: CreateAdvisoryRequest): AdvisoryValues {
  if (!ADVISORY_SEVERITIES.includes(request.severity)) {
    throw new DomainError('validation_failed', 'Unknown severity', {
      errors: [{ field: 'severity', message: `must be one of ${ADVISORY_SEVERITIES.join(', ')}` }],
    });
  }
  const affectedBuilds = distinctBuilds(request.affectedBuilds);
  if (affectedBuilds.length === 0) {
    throw new DomainError('validation_failed', 'An advisory affects at least one build', {
      errors: [{ field: 'affectedBuilds', message: 'must name at least one OS build' }],
    });
  }
  return {
    identifier: request.identifier.trim().toUpperCase(),
    title: request.title.trim(),
    severity: request.severity,
    affectedBuilds,
    patch: normalisePatch(request.patch),
    summary: request.summary?.trim() || null,
  };
}
