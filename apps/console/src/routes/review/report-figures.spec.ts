import { durationWords, reportFigures, type IncidentReport } from './report-figures';

const stats = { count: 0, medianMs: null, p90Ms: null, meanMs: null };
const dept = { id: 'd', code: 'SOC', name: 'Social Services' };

const report = {
  incidentId: 'i',
  reference: 'INC-2026-0001',
  title: 'Blaster',
  severity: 1,
  summary: '',
  status: 'final',
  incidentStatus: 'closed',
  declaredAt: '2026-12-01T09:00:00.000Z',
  closedAt: '2026-12-02T12:30:00.000Z',
  asOf: '2026-12-02T12:30:00.000Z',
  lastSeq: 40,
  events: 40,
  owner: { id: 'o', name: 'O' },
  owners: [{}, {}],
  handovers: 1,
  timeline: [],
  lans: [{ reopenedAt: '2026-12-02T10:00:00.000Z' }, { reopenedAt: null }],
  devices: { inPlan: 5, verified: 4, reinfections: 1 },
  departments: [
    {
      department: dept,
      tasks: 3,
      claimed: 3,
      completed: 2,
      timeToClaim: stats,
      timeToComplete: stats,
    },
    {
      department: dept,
      tasks: 2,
      claimed: 2,
      completed: 2,
      timeToClaim: stats,
      timeToComplete: stats,
    },
  ],
  directives: [{ acknowledged: 1, departments: [{}, {}] }],
  broadcasts: [{}],
  updates: { given: 3, promised: 4, onTime: 3, late: 1, missed: 0, overdueReminders: 1 },
} as unknown as IncidentReport;

describe(reportFigures.name, () => {
  it('reads the key figures off the report', () => {
    expect(Object.fromEntries(reportFigures(report).map((f) => [f.label, f.value]))).toEqual({
      'Declared to closed': '1 d 3 h',
      Owners: '2 owners, 1 handover',
      LANs: '1 of 2 reopened',
      Devices: '4 of 5 verified, 1 re-infection',
      Tasks: '4 of 5 completed',
      Directives: '1 directive, 1 of 2 acknowledgements',
      Broadcasts: '1 broadcast',
      'Updates to staff': '3 of 4 on time',
    });
  });
});

describe(durationWords.name, () => {
  it.each([
    [12 * 60_000, '12 min'],
    [(5 * 60 + 20) * 60_000, '5 h 20 min'],
    [(2 * 1440 + 3 * 60) * 60_000, '2 d 3 h'],
  ])('%i ms', (ms, words) => {
    expect(durationWords(ms)).toBe(words);
  });
});
