import { channelEligibility, Contact, normaliseChannels } from './channels';

const person = (over: Partial<Contact> = {}): Contact => ({
  email: 'ann@council.example',
  mobile: '+447700900123',
  smsConsent: true,
  ...over,
});

describe(channelEligibility.name, () => {
  it.each([
    [
      'email to someone with an address',
      person(),
      'email',
      { eligible: true, address: 'ann@council.example' },
    ],
    [
      'email without an address',
      person({ email: null }),
      'email',
      { eligible: false, reason: 'no_email' },
    ],
    ['sms with mobile and consent', person(), 'sms', { eligible: true, address: '+447700900123' }],
    [
      'sms without a mobile',
      person({ mobile: null }),
      'sms',
      { eligible: false, reason: 'no_mobile' },
    ],
    [
      'sms without consent',
      person({ smsConsent: false }),
      'sms',
      { eligible: false, reason: 'no_sms_consent' },
    ],
    [
      'sms with neither mobile nor consent',
      person({ mobile: null, smsConsent: false }),
      'sms',
      { eligible: false, reason: 'no_mobile' },
    ],
    [
      'sms to a national number',
      person({ mobile: '07700900123' }),
      'sms',
      { eligible: false, reason: 'invalid_mobile' },
    ],
  ] as const)('%s', (_what, contact, channel, expected) => {
    expect(channelEligibility(contact, channel)).toEqual(expected);
  });
});

describe(normaliseChannels.name, () => {
  it.each([
    [
      ['sms', 'email'],
      ['email', 'sms'],
    ],
    [['email', 'email'], ['email']],
    [['sms'], ['sms']],
    [[], null],
    [['fax'], null],
    [['email', 'fax'], null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseChannels(input)).toEqual(expected);
  });
});
