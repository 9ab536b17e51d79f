import { createHash } from 'node:crypto';
import { BroadcastRequest } from '@cordon/domain';
import { requestFingerprint } from './fingerprint';

const A = '0b0b0b0b-0000-4000-8000-00000000000a';
const request: BroadcastRequest = {
  audience: { all: false, departmentIds: [A], siteIds: [], lanIds: [] },
  channels: ['email', 'sms'],
  subject: 'Network closing',
  body: 'Dear {{name}}',
  smsBody: null,
  requireAck: true,
  escalateAfterMinutes: 30,
};

describe('requestFingerprint', () => {
  it('is, without an SMS text, the SHA-256 that keys stored before SMS texts were given', () => {
    const before = JSON.stringify([
      false,
      [A],
      [],
      [],
      ['email', 'sms'],
      'Network closing',
      'Dear {{name}}',
      true,
      30,
    ]);
    expect(requestFingerprint(request)).toBe(createHash('sha256').update(before).digest('hex'));
  });

  it('changes with the SMS text', () => {
    const a = requestFingerprint({ ...request, smsBody: 'Closing' });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(requestFingerprint(request));
    expect(a).not.toBe(requestFingerprint({ ...request, smsBody: 'Closed' }));
  });
});
