import type { Contact } from './channels';
import { isLanClosed, routePartText, routeRecipient } from './channel-routing';

const person = (over: Partial<Contact> = {}): Contact => ({
  email: 'ann@council.example',
  mobile: '+447700900123',
  smsConsent: true,
  ...over,
});
const MOBILE = '+447700900123';
const EMAIL = 'ann@council.example';

describe(routeRecipient.name, () => {
  it.each([
    [
      'open LAN, both asked: email and SMS',
      { requested: ['email', 'sms'], contact: person(), lanPhase: 'planned' },
      [
        { channel: 'email', address: EMAIL, reason: null },
        { channel: 'sms', address: MOBILE, reason: null },
      ],
      'requested',
      false,
    ],
    [
      'no LAN at all, email asked: email',
      { requested: ['email'], contact: person(), lanPhase: null },
      [{ channel: 'email', address: EMAIL, reason: null }],
      'requested',
      false,
    ],
    [
      'reopened LAN, email asked: email again',
      { requested: ['email'], contact: person(), lanPhase: 'reopened' },
      [{ channel: 'email', address: EMAIL, reason: null }],
      'requested',
      false,
    ],
    [
      'shut-down LAN, email asked: SMS instead, email skipped',
      { requested: ['email'], contact: person(), lanPhase: 'shut_down' },
      [
        { channel: 'email', address: null, reason: 'lan_closed' },
        { channel: 'sms', address: MOBILE, reason: null },
      ],
      'lan_closed',
      false,
    ],
    [
      'cleaning LAN, both asked: SMS, email skipped',
      { requested: ['email', 'sms'], contact: person(), lanPhase: 'cleaning' },
      [
        { channel: 'email', address: null, reason: 'lan_closed' },
        { channel: 'sms', address: MOBILE, reason: null },
      ],
      'lan_closed',
      false,
    ],
    [
      'shut-down LAN, SMS asked: SMS only',
      { requested: ['sms'], contact: person(), lanPhase: 'shut_down' },
      [{ channel: 'sms', address: MOBILE, reason: null }],
      'lan_closed',
      false,
    ],
    [
      'shut-down LAN without a mobile: unreachable',
      { requested: ['email'], contact: person({ mobile: null }), lanPhase: 'shut_down' },
      [
        { channel: 'email', address: null, reason: 'lan_closed' },
        { channel: 'sms', address: null, reason: 'no_mobile' },
      ],
      'lan_closed',
      true,
    ],
    [
      'cleaning LAN without consent: unreachable',
      { requested: ['email', 'sms'], contact: person({ smsConsent: false }), lanPhase: 'cleaning' },
      [
        { channel: 'email', address: null, reason: 'lan_closed' },
        { channel: 'sms', address: null, reason: 'no_sms_consent' },
      ],
      'lan_closed',
      true,
    ],
    [
      'shut-down LAN with a national number: unreachable',
      { requested: ['sms'], contact: person({ mobile: '07700900123' }), lanPhase: 'shut_down' },
      [{ channel: 'sms', address: null, reason: 'invalid_mobile' }],
      'lan_closed',
      true,
    ],
    [
      'open LAN without a mobile: skipped, not unreachable (email reaches them)',
      { requested: ['email', 'sms'], contact: person({ mobile: null }), lanPhase: null },
      [
        { channel: 'email', address: EMAIL, reason: null },
        { channel: 'sms', address: null, reason: 'no_mobile' },
      ],
      'requested',
      false,
    ],
  ] as const)('%s', (_what, input, deliveries, because, unreachable) => {
    expect(routeRecipient(input)).toEqual({ deliveries, because, unreachable });
  });
});

describe(isLanClosed.name, () => {
  it.each([
    ['planned', false],
    ['shut_down', true],
    ['cleaning', true],
    ['reopened', false],
    [null, false],
  ] as const)('%s → %s', (phase, closed) => {
    expect(isLanClosed(phase)).toBe(closed);
  });
});

describe(routePartText.name, () => {
  it.each([
    ['sms', 42, { code: 'SOC-HALL', phase: 'shut_down' }, 'SMS — 42 staff on SOC-HALL (shut down)'],
    ['email', 310, null, 'email — 310 staff'],
    ['email+sms', 7, null, 'email and SMS — 7 staff'],
    ['none', 2, null, 'no channel — 2 staff'],
    [
      'none',
      3,
      { code: 'SOC-HALL', phase: 'cleaning' },
      'unreachable — 3 staff on SOC-HALL (cleaning) without a mobile or SMS consent',
    ],
  ] as const)('%s, %s staff, %j → %s', (gets, staff, lan, text) => {
    expect(routePartText(gets, staff, lan)).toBe(text);
  });
});
