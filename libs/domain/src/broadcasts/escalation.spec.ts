import { Contact } from './channels';
import { decideEscalation, escalationDueAt } from './escalation';
import { reminderDue, reminderKey } from './cadence';
import { allFinal, completionEvent, emptyCounts, progressDue } from './progress';

const reachable: Contact = {
  email: 'ann@council.example',
  mobile: '+447700900123',
  smsConsent: true,
};

describe(decideEscalation.name, () => {
  it.each([
    [
      'acknowledged: nothing',
      { acknowledged: true, channelsTried: ['email'], contact: reachable },
      { action: 'none' },
    ],
    [
      'email only, silent: SMS',
      { acknowledged: false, channelsTried: ['email'], contact: reachable },
      { action: 'send', channel: 'sms', address: '+447700900123' },
    ],
    [
      'SMS only, silent: email',
      { acknowledged: false, channelsTried: ['sms'], contact: reachable },
      { action: 'send', channel: 'email', address: 'ann@council.example' },
    ],
    [
      'both tried: silent',
      { acknowledged: false, channelsTried: ['email', 'sms'], contact: reachable },
      { action: 'silent', reasons: [] },
    ],
    [
      'email only, no consent: silent with the reason',
      {
        acknowledged: false,
        channelsTried: ['email'],
        contact: { ...reachable, smsConsent: false },
      },
      { action: 'silent', reasons: ['no_sms_consent'] },
    ],
  ] as const)('%s', (_what, state, expected) => {
    expect(decideEscalation(state)).toEqual(expected);
  });
});

describe(escalationDueAt.name, () => {
  const at = new Date('2026-11-27T10:00:00Z');
  it('is the creation time plus the minutes when acknowledgement is asked', () => {
    expect(escalationDueAt(at, true, 30)).toEqual(new Date('2026-11-27T10:30:00Z'));
  });
  it('is never without acknowledgement or without minutes', () => {
    expect(escalationDueAt(at, false, 30)).toBeNull();
    expect(escalationDueAt(at, true, null)).toBeNull();
  });
});

describe('cadence', () => {
  const now = new Date('2026-11-27T15:00:00Z');
  it.each([
    [
      'due in the past',
      { status: 'active', nextUpdateDueAt: new Date('2026-11-27T14:59:00Z') },
      true,
    ],
    ['due exactly now', { status: 'contained', nextUpdateDueAt: now }, true],
    ['due later', { status: 'active', nextUpdateDueAt: new Date('2026-11-27T15:01:00Z') }, false],
    ['closed', { status: 'closed', nextUpdateDueAt: new Date('2026-11-27T14:00:00Z') }, false],
    ['no due time', { status: 'active', nextUpdateDueAt: null }, false],
  ])('%s → overdue %s', (_what, incident, expected) => {
    expect(reminderDue(incident, now)).toBe(expected);
  });

  it('keys a reminder by incident and due time', () => {
    const due = new Date('2026-11-27T14:00:00Z');
    expect(reminderKey('i1', due)).toBe(reminderKey('i1', new Date(due)));
    expect(reminderKey('i1', due)).not.toBe(reminderKey('i1', new Date('2026-11-27T15:00:00Z')));
  });
});

describe('progress', () => {
  it('throttles progress to one per 500 ms', () => {
    const last = new Date('2026-11-27T10:00:00.000Z');
    expect(progressDue(null, last)).toBe(true);
    expect(progressDue(last, new Date('2026-11-27T10:00:00.499Z'))).toBe(false);
    expect(progressDue(last, new Date('2026-11-27T10:00:00.500Z'))).toBe(true);
  });

  it('is complete only when nothing is queued or sending', () => {
    expect(allFinal({ ...emptyCounts(), sent: 3, failed: 1, skipped: 2 })).toBe(true);
    expect(allFinal({ ...emptyCounts(), sent: 3, sending: 1 })).toBe(false);
    expect(allFinal({ ...emptyCounts(), queued: 1 })).toBe(false);
  });

  it('calls the first completion completed and later ones round_completed', () => {
    expect(completionEvent(1)).toBe('broadcast.completed');
    expect(completionEvent(2)).toBe('broadcast.round_completed');
  });
});
