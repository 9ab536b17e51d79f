import { faultAnswer, FaultMatchIncident, pickIncident } from './fault-answer';

const incident = (change: Partial<FaultMatchIncident>): FaultMatchIncident => ({
  reference: 'INC-2026-0001',
  title: 'W32.Welchia',
  status: 'active',
  severity: 2,
  createdAt: new Date('2026-09-01T09:00:00Z'),
  nextUpdateDueAt: new Date('2026-09-01T15:00:00Z'),
  ...change,
});

describe(pickIncident.name, () => {
  it('prefers the most severe, then the newest', () => {
    const a = incident({ reference: 'A', severity: 2 });
    const b = incident({
      reference: 'B',
      severity: 1,
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
    const c = incident({
      reference: 'C',
      severity: 1,
      createdAt: new Date('2026-02-01T00:00:00Z'),
    });
    expect(pickIncident([a, b, c])?.reference).toBe('C');
    expect(pickIncident([])).toBeNull();
  });
});

describe(faultAnswer.name, () => {
  it('tells the caller the fault is known, the phase of the LAN and the next update', () => {
    expect(faultAnswer(incident({}), [{ code: 'SOC-HALL', phase: 'cleaning' }])).toBe(
      'Thank you. This is part of the known incident INC-2026-0001 (W32.Welchia). Network SOC-HALL is being cleaned. The next update is due by 16:00, Tue 1 Sept.',
    );
  });

  it('gives the next update in the configured time zone (London in winter is UTC)', () => {
    const at = { nextUpdateDueAt: new Date('2026-12-01T15:00:00Z') };
    expect(faultAnswer(incident(at), [])).toMatch(/due by 15:00, Tue 1 Dec\.$/);
    expect(faultAnswer(incident(at), [], 'America/New_York')).toMatch(/due by 10:00, Tue 1 Dec\.$/);
  });

  it('says so when no incident covers the caller', () => {
    expect(faultAnswer(null, [])).toMatch(/not part of a known incident/);
  });
});
