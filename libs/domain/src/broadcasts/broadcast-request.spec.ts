import {
  BroadcastRequestInput,
  canonicalRequest,
  checkIdempotencyKey,
  normaliseBroadcastRequest,
} from './broadcast-request';

const A = '0b0b0b0b-0000-4000-8000-00000000000a';
const B = '0b0b0b0b-0000-4000-8000-00000000000b';
const base: BroadcastRequestInput = {
  audience: { departmentIds: [B, A] },
  channels: ['sms', 'email'],
  subject: ' Network closing ',
  body: 'Dear {{name}}',
  requireAck: true,
};
const defaults = { escalateAfterMinutes: 30 };

const ok = (input: BroadcastRequestInput) => {
  const result = normaliseBroadcastRequest(input, defaults);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe(normaliseBroadcastRequest.name, () => {
  it('sorts and de-duplicates ids, orders channels and trims text', () => {
    expect(ok({ ...base, audience: { departmentIds: [B, A, B] } })).toEqual({
      audience: { all: false, departmentIds: [A, B], siteIds: [], lanIds: [] },
      channels: ['email', 'sms'],
      subject: 'Network closing',
      body: 'Dear {{name}}',
      smsBody: null,
      requireAck: true,
      escalateAfterMinutes: 30,
    });
  });

  it('keeps an SMS text, trimmed, and takes a blank one for none', () => {
    expect(ok({ ...base, smsBody: ' {{reference}}: closing ' }).smsBody).toBe(
      '{{reference}}: closing',
    );
    expect(ok({ ...base, smsBody: '  ' }).smsBody).toBeNull();
    expect(ok({ ...base, smsBody: null }).smsBody).toBeNull();
  });

  it('lets all: true stand for everyone and drop the lists', () => {
    expect(ok({ ...base, audience: { all: true, lanIds: [A] } }).audience).toEqual({
      all: true,
      departmentIds: [],
      siteIds: [],
      lanIds: [],
    });
  });

  it('never escalates without acknowledgement', () => {
    expect(
      ok({ ...base, requireAck: false, escalateAfterMinutes: 5 }).escalateAfterMinutes,
    ).toBeNull();
  });

  it.each([
    [{ audience: {} }, 'audience'],
    [{ audience: { all: false, lanIds: [] } }, 'audience'],
    [{ channels: [] }, 'channels'],
    [{ channels: ['pigeon'] }, 'channels'],
    [{ subject: '   ' }, 'subject'],
    [{ body: 'Hi {{nam}}' }, 'body'],
    [{ subject: '{{oops}}' }, 'subject'],
    [{ smsBody: '{{reference}} {{lnk}}' }, 'smsBody'],
  ] as [Partial<BroadcastRequestInput>, string][])('refuses %j naming %s', (change, field) => {
    const result = normaliseBroadcastRequest({ ...base, ...change }, defaults);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toContain(field);
  });
});

describe(canonicalRequest.name, () => {
  const fp = (input: BroadcastRequestInput) => canonicalRequest(ok(input));

  it('is the same for the same request written differently', () => {
    expect(fp(base)).toBe(
      fp({
        ...base,
        audience: { departmentIds: [A, B, A] },
        channels: ['email', 'sms'],
        subject: 'Network closing',
      }),
    );
  });

  it('differs between two SMS texts', () => {
    expect(fp({ ...base, smsBody: 'Closing' })).not.toBe(fp({ ...base, smsBody: 'Closed' }));
  });

  it('is, without an SMS text, the text it was before SMS texts existed (stored keys still match)', () => {
    const before = JSON.stringify([
      false,
      [A, B],
      [],
      [],
      ['email', 'sms'],
      'Network closing',
      'Dear {{name}}',
      true,
      30,
    ]);
    expect(fp(base)).toBe(before);
  });

  it.each([
    ['another audience', { audience: { departmentIds: [A] } }],
    ['another channel set', { channels: ['email'] }],
    ['another subject', { subject: 'Network closed' }],
    ['another body', { body: 'Dear {{name}}!' }],
    ['no acknowledgement', { requireAck: false }],
    ['another escalation time', { escalateAfterMinutes: 10 }],
    ['an SMS text', { smsBody: 'Closing' }],
  ] as [string, Partial<BroadcastRequestInput>][])('differs with %s', (_what, change) => {
    expect(fp({ ...base, ...change })).not.toBe(fp(base));
  });
});

describe(checkIdempotencyKey.name, () => {
  it.each([
    [undefined, false],
    ['', false],
    ['   ', false],
    ['with space', false],
    ['x'.repeat(201), false],
    ['2f1c7e9a-broadcast-1', true],
  ])('%j → ok %s', (value, expected) => {
    const result = checkIdempotencyKey(value);
    expect(result.ok).toBe(expected);
    if (!result.ok) expect(result.errors[0]?.field).toBe('Idempotency-Key');
  });
});
