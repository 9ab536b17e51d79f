import {
  emptyForm,
  formFromService,
  moveStep,
  planGaps,
  requestFromForm,
  reviewWords,
  stepTaskWords,
} from './fallback-form';
import type { CriticalServiceView } from './fallback-types';

const service: CriticalServiceView = {
  id: 's',
  name: 'Mail scanning',
  description: null,
  servers: [
    {
      deviceId: 'd1',
      hostname: 'cit-srv-001',
      os: 'Windows 2000 Server',
      lanId: 'l',
      departmentId: 'p',
    },
  ],
  steps: [
    { text: 'Tell the help desk', firstStep: true },
    { text: 'Rebuild', firstStep: false },
  ],
  standby: { device: null, description: 'A spare DL380' },
  decider: { id: 'u', name: 'Margaret Hale' },
  lastReviewedOn: '2026-11-01',
  reviewOverdue: false,
  hasPlan: true,
  version: 3,
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('fallback form', () => {
  it('round-trips a service into the request that would save it unchanged', () => {
    expect(requestFromForm(formFromService(service))).toEqual({
      name: 'Mail scanning',
      description: null,
      serverIds: ['d1'],
      steps: service.steps,
      standbyDeviceId: null,
      standbyDescription: 'A spare DL380',
      deciderId: 'u',
      lastReviewedOn: '2026-11-01',
    });
  });

  it('starts a new service with one first step and today as the review day', () => {
    const form = emptyForm('2026-12-03');
    expect(form.steps).toEqual([{ text: '', firstStep: true }]);
    expect(form.lastReviewedOn).toBe('2026-12-03');
  });

  it('moves a step up and down, never past either end', () => {
    expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveStep(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('warns in words when the last review is over six months old', () => {
    expect(reviewWords('2026-11-01', '2026-12-03')).toEqual({
      text: 'Last reviewed 1 Nov 2026',
      overdue: false,
    });
    const old = reviewWords('2026-01-10', '2026-12-03');
    expect(old.overdue).toBe(true);
    expect(old.text).toBe(
      'Last reviewed 10 Jan 2026: over 6 months ago (before 3 Jun 2026), review it',
    );
  });

  it('names what a plan lacks', () => {
    expect(planGaps(service)).toEqual([]);
    const bare = {
      ...service,
      steps: [],
      hasPlan: false,
      standby: { device: null, description: null },
    };
    expect(planGaps(bare)).toEqual(['No fall-back steps written', 'No standby named']);
    const noFirst = { ...service, steps: [{ text: 'Rebuild', firstStep: false }] };
    expect(planGaps(noFirst)).toEqual(['No first step: nothing becomes a task at once']);
  });

  it('says what became of each step', () => {
    expect(stepTaskWords(null)).toBe('Later step (not a task yet)');
    expect(stepTaskWords({ status: 'claimed', claimedBy: { name: 'Sam' } })).toBe(
      'Task claimed by Sam',
    );
    expect(stepTaskWords({ status: 'done', claimedBy: { name: 'Sam' } })).toBe('Task done');
  });
});
