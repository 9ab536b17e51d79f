import type { ReviewView } from '@cordon/contracts';
import { reviewMarkdown } from './review-markdown';

const olivia = { id: 'o', name: 'Olivia Owner' };
const review: ReviewView = {
  id: 'r1',
  incidentId: 'i1',
  reference: 'INC-2026-0001',
  title: 'Blaster',
  status: 'open',
  owner: olivia,
  openedAt: '2026-12-01T10:00:00.000Z',
  completedAt: null,
  completedBy: null,
  wentWell: 'Shutdown in an hour',
  wentWrong: '',
  contributingFactors: 'No standard build | old AV',
  canEdit: true,
  canSignOff: true,
  actions: [
    {
      id: 'a1',
      reviewId: 'r1',
      incidentId: 'i1',
      reference: 'INC-2026-0001',
      title: 'Standard build for SOC',
      owner: olivia,
      dueOn: '2026-12-02',
      state: 'open',
      overdue: true,
      doneBy: null,
      doneAt: null,
      createdBy: olivia,
      createdAt: '2026-12-01T10:00:00.000Z',
      lastRemindedOn: null,
    },
  ],
};

describe(reviewMarkdown.name, () => {
  it('writes the sections, the empty ones marked, and each action item with its state', () => {
    const md = reviewMarkdown(review);
    expect(md).toContain('# Post-incident review: INC-2026-0001 Blaster');
    expect(md).toContain('## What went well\n\nShutdown in an hour');
    expect(md).toContain('## What went wrong\n\n_Not written._');
    expect(md).toContain('| Standard build for SOC | Olivia Owner | 2026-12-02 | open, OVERDUE |');
    expect(md).toContain('Open: not signed off yet.');
    expect(reviewMarkdown({ ...review, actions: [] })).toContain('## Action items\n\n_None._');
  });
});
