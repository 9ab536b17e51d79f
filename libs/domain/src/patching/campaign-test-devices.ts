import { affectedBuildOf, hasPatch, looksLikeServer } from './advisory';

/** What picking a like machine looks at. */
export interface TestCandidate {
  id: string;
  hostname: string;
  os: string | null;
  patches: readonly string[];
  health: string;
}

export interface TestDevicePick<D extends TestCandidate> {
  /** Per affected build, the devices picked (in the advisory's order of builds). */
  picks: { build: string; devices: D[] }[];
  /** Builds with no device in the inventory: nothing to test, nothing to patch. */
  buildsWithoutDevices: string[];
}

const unhealthy = (health: string): boolean => health === 'infected' || health === 'isolated';

/**
 * Rank of a candidate, lower first: a desktop before a server (a live server is never
 * where a patch is tried first), one without the patch before one that has it (the test
 * must install it), a healthy one before an infected or isolated one; then by host name,
 * so the same inventory gives the same picks.
 */
function rank(device: TestCandidate, patch: string): number[] {
  return [
    looksLikeServer(device) ? 1 : 0,
    hasPatch(device.patches, patch) ? 1 : 0,
    unhealthy(device.health) ? 1 : 0,
  ];
}

function compare(a: TestCandidate, b: TestCandidate, patch: string): number {
  const ra = rank(a, patch);
  const rb = rank(b, patch);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return a.hostname.localeCompare(b.hostname);
}

/**
 * The "like" machines for a campaign: per affected build, `perBuild` devices of exactly
 * that build, preferring non-servers (see `rank`). A build with no device is reported,
 * not guessed at.
 */
export function pickTestDevices<D extends TestCandidate>(
  builds: readonly string[],
  patch: string,
  devices: readonly D[],
  perBuild = 1,
): TestDevicePick<D> {
  const byBuild = new Map<string, D[]>(builds.map((build) => [build, []]));
  for (const device of devices) {
    const build = affectedBuildOf(builds, device.os);
    if (build) byBuild.get(build)?.push(device);
  }
  const picks: { build: string; devices: D[] }[] = [];
  const buildsWithoutDevices: string[] = [];
  for (const build of builds) {
    const candidates = byBuild.get(build) ?? [];
    if (candidates.length === 0) buildsWithoutDevices.push(build);
    else
      picks.push({
        build,
        devices: [...candidates].sort((a, b) => compare(a, b, patch)).slice(0, perBuild),
      });
  }
  return { picks, buildsWithoutDevices };
}
