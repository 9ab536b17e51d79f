import type { BroadcastTotals, CreateBroadcastRequest } from '../../api/types';
import {
  channelProgress,
  confirmQuestion,
  defaultDraft,
  fingerprint,
  isEmptyAudience,
  keyFor,
  progressChannels,
  skippedWords,
  smsLength,
} from './compose';
import { listedSubject } from '../../ui/subject';

const request = (over: Partial<CreateBroadcastRequest> = {}): CreateBroadcastRequest => ({
  audience: { all: true },
  channels: ['email', 'sms'],
  subject: 's',
  body: 'b',
  smsBody: 'x',
  requireAck: true,
  ...over,
});

describe('defaultDraft', () => {
  it('names the incident by {{reference}} and writes the next update in council time', () => {
    const d = defaultDraft({ nextUpdateDueAt: '2026-07-01T14:00:00Z' });
    expect(d.subject).toContain('{{reference}}');
    expect(d.body).toContain('Next update by 15:00, Wed 1 Jul.');
    expect(d.smsBody).toContain('Next update by 15:00, Wed 1 Jul.');
  });
  it('promises the next update in words when none is due', () => {
    expect(defaultDraft({ nextUpdateDueAt: null }).body).toContain(
      'We will send the next update as soon as we know more.',
    );
  });
});

describe('keyFor', () => {
  let n = 0;
  const newKey = () => `k${++n}`;
  it('keeps the key while the message is unchanged, and makes a new one when it changes', () => {
    const first = keyFor(null, fingerprint(request()), newKey);
    expect(keyFor(first, fingerprint(request()), newKey)).toBe(first);
    const changed = keyFor(first, fingerprint(request({ body: 'b2' })), newKey);
    expect(changed.key).not.toBe(first.key);
  });
  it('sees the same audience chosen in another order as the same message', () => {
    const a = fingerprint(
      request({ audience: { departmentIds: ['x', 'y'] }, channels: ['sms', 'email'] }),
    );
    const b = fingerprint(
      request({ audience: { departmentIds: ['y', 'x'] }, channels: ['email', 'sms'] }),
    );
    expect(a).toBe(b);
    expect(fingerprint(request({ requireAck: false }))).not.toBe(fingerprint(request()));
  });
});

describe('confirmQuestion', () => {
  it('asks in numbers and channel words', () => {
    expect(confirmQuestion(2950, ['email', 'sms'])).toBe('Send to 2,950 staff by email and SMS?');
    expect(confirmQuestion(1, ['sms'])).toBe('Send to 1 person by SMS?');
    expect(confirmQuestion(null, ['email'])).toBe('Send to the chosen staff by email?');
  });
});

describe('isEmptyAudience', () => {
  it('is empty until someone is chosen', () => {
    expect(isEmptyAudience({})).toBe(true);
    expect(isEmptyAudience({ all: false, lanIds: [] })).toBe(true);
    expect(isEmptyAudience({ siteIds: ['s'] })).toBe(false);
  });
});

describe('smsLength', () => {
  const values = { reference: 'INC-2026-0001', title: 'Welchia' };
  it('counts the text as sent: the reference filled in, the Reply YES line added', () => {
    const plain = smsLength('{{reference}} ok', false, values);
    expect(plain.rendered).toBe('INC-2026-0001 ok');
    expect(plain.segments).toBe(1);
    const asked = smsLength('{{reference}} ok', true, values);
    expect(asked.rendered).toBe('INC-2026-0001 ok\nReply YES to confirm you have read this.');
  });
  it('runs to two segments past 160 characters, and to UCS-2 with a curly quote', () => {
    expect(smsLength('a'.repeat(161), false, values).segments).toBe(2);
    expect(smsLength('it’s', false, values).encoding).toBe('UCS-2');
    expect(smsLength('', true, values).segments).toBe(0);
  });
});

describe('progressChannels', () => {
  const t = (email: number, sms: number) =>
    ({
      byChannel: { email: { deliveries: email }, sms: { deliveries: sms } },
    }) as unknown as BroadcastTotals;
  it('shows SMS the network rule sent to a closed LAN, though only email was asked for', () => {
    expect(progressChannels(t(10, 3), ['email'])).toEqual(['email', 'sms']);
  });
  it('shows only the channels asked for when nothing else went out', () => {
    expect(progressChannels(t(10, 0), ['email'])).toEqual(['email']);
    expect(progressChannels(t(0, 0), ['email', 'sms'])).toEqual(['email', 'sms']);
  });
});

describe('skippedWords / channelProgress', () => {
  it('says why deliveries were skipped', () => {
    expect(skippedWords({ no_mobile: 120, no_sms_consent: 1288, invalid_mobile: 0 })).toBe(
      '120 no mobile number, 1,288 no consent to SMS',
    );
  });
  it('adds delivered to sent, per channel asked for', () => {
    const c = { deliveries: 10, queued: 2, sent: 3, delivered: 4, failed: 1, skipped: 0 };
    const totals = { byChannel: { email: c, sms: c } } as unknown as BroadcastTotals;
    expect(channelProgress(totals, ['sms'])).toEqual([
      { channel: 'sms', label: 'SMS', deliveries: 10, queued: 2, sent: 7, failed: 1, skipped: 0 },
    ]);
  });
});

describe('listedSubject', () => {
  it('shows what each recipient gets in words, not braces', () => {
    expect(listedSubject('INC-1: your network {{lan}} is being shut down')).toBe(
      'INC-1: your network ‹their LAN› is being shut down',
    );
  });
});
