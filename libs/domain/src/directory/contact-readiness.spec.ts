import { contactGap, withShares } from './contact-readiness';

describe(contactGap.name, () => {
  it.each([
    ['a consenting E.164 mobile', { mobile: '+447700900123', smsConsent: true }, null],
    ['no mobile', { mobile: null, smsConsent: true }, 'no_mobile'],
    ['no mobile and no consent', { mobile: null, smsConsent: false }, 'no_mobile'],
    ['a national number', { mobile: '07700900123', smsConsent: true }, 'invalid_mobile'],
    ['no consent', { mobile: '+447700900123', smsConsent: false }, 'no_sms_consent'],
  ] as const)('%s → %s', (_what, contact, gap) => {
    expect(contactGap({ email: 'a@council.example', ...contact })).toBe(gap);
  });
});

describe(withShares.name, () => {
  const counts = {
    staff: 3,
    email: 3,
    sms: 2,
    both: 2,
    none: 0,
    noMobile: 1,
    invalidMobile: 0,
    noConsent: 0,
  };
  it('gives shares of the staff to three decimals', () => {
    expect(withShares(counts).shares).toEqual({ email: 1, sms: 0.667, both: 0.667 });
  });
  it('gives nought shares for no staff rather than dividing by nought', () => {
    expect(withShares({ ...counts, staff: 0, email: 0, sms: 0, both: 0 }).shares).toEqual({
      email: 0,
      sms: 0,
      both: 0,
    });
  });
});
