import type { IncidentView } from '../../api/types';
import { filterIncidents } from './incident-filter';

const incident = (over: Partial<IncidentView>): IncidentView =>
  ({
    id: over.reference ?? 'x',
    reference: 'INC-2026-0001',
    title: 't',
    severity: 2,
    status: 'active',
    owner: { id: 'me', name: 'Me' },
    nextUpdateDueAt: '2026-12-03T12:00:00Z',
    ...over,
  }) as IncidentView;

describe('filterIncidents', () => {
  const rows = [
    incident({ reference: 'INC-1', severity: 2, nextUpdateDueAt: '2026-12-03T11:00:00Z' }),
    incident({ reference: 'INC-2', severity: 1, owner: { id: 'other', name: 'O' } }),
    incident({ reference: 'INC-3', severity: 2, nextUpdateDueAt: '2026-12-03T10:00:00Z' }),
    incident({ reference: 'INC-4', status: 'closed', nextUpdateDueAt: null }),
  ];

  it('shows open incidents most severe first, then the most overdue update first', () => {
    const out = filterIncidents(rows, { status: 'open', severity: 'any', mine: false }, 'me');
    expect(out.map((i) => i.reference)).toEqual(['INC-2', 'INC-3', 'INC-1']);
  });

  it('filters by severity, status and ownership', () => {
    expect(
      filterIncidents(rows, { status: 'all', severity: '2', mine: true }, 'me').map(
        (i) => i.reference,
      ),
    ).toEqual(['INC-3', 'INC-1', 'INC-4']);
    expect(
      filterIncidents(rows, { status: 'closed', severity: 'any', mine: false }, 'me').map(
        (i) => i.reference,
      ),
    ).toEqual(['INC-4']);
  });
});
