/** Fault reports as the help desk reads them: counts per LAN and per site, most reported first. */
import type { FaultReportView } from '../../api/types';

export interface PlaceCount {
  /** The LAN's or site's id; null for reports that name neither. */
  id: string | null;
  count: number;
  /** The newest report's time there (ISO). */
  latestAt: string;
}

export interface FaultCounts {
  total: number;
  byLan: PlaceCount[];
  bySite: PlaceCount[];
  /** The newest reports first (for their words). */
  latest: FaultReportView[];
}

function countBy(
  reports: readonly FaultReportView[],
  place: (r: FaultReportView) => string | null,
) {
  const map = new Map<string | null, PlaceCount>();
  for (const r of reports) {
    const id = place(r);
    const seen = map.get(id);
    if (!seen) map.set(id, { id, count: 1, latestAt: r.createdAt });
    else {
      seen.count += 1;
      if (r.createdAt > seen.latestAt) seen.latestAt = r.createdAt;
    }
  }
  return [...map.values()].sort(
    (a, b) => b.count - a.count || b.latestAt.localeCompare(a.latestAt),
  );
}

export function countFaults(reports: readonly FaultReportView[], latest = 5): FaultCounts {
  return {
    total: reports.length,
    byLan: countBy(reports, (r) => r.lanId),
    bySite: countBy(reports, (r) => r.siteId),
    latest: [...reports].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, latest),
  };
}
