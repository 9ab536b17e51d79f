import type { FaultReportView } from '../../api/types';
import { countFaults } from './fault-counts';

let n = 0;
const report = (lanId: string | null, siteId: string | null, minute: number): FaultReportView => ({
  id: `f${++n}`,
  lanId,
  siteId,
  staffId: null,
  reporterName: null,
  contact: null,
  description: `slow PC ${n}`,
  incidentId: 'i',
  createdAt: new Date(Date.UTC(2026, 11, 3, 14, minute)).toISOString(),
});

describe('countFaults', () => {
  it('counts per LAN and per site, most reported first, ties by the newest', () => {
    const reports = [
      report('hall', 'soc-hq', 1),
      report('annex', 'soc-hq', 2),
      report('hall', 'soc-hq', 3),
      report('school', 'edu', 4),
      report(null, 'depot', 9),
    ];
    const counts = countFaults(reports, 2);
    expect(counts.total).toBe(5);
    expect(counts.byLan.map((c) => [c.id, c.count])).toEqual([
      ['hall', 2],
      [null, 1],
      ['school', 1],
      ['annex', 1],
    ]);
    expect(counts.bySite.map((c) => [c.id, c.count])).toEqual([
      ['soc-hq', 3],
      ['depot', 1],
      ['edu', 1],
    ]);
    expect(counts.byLan[0].latestAt).toBe(reports[2].createdAt);
    expect(counts.latest.map((r) => r.id)).toEqual([reports[4].id, reports[3].id]);
  });

  it('counts nothing when there is nothing', () => {
    expect(countFaults([])).toEqual({ total: 0, byLan: [], bySite: [], latest: [] });
  });
});
