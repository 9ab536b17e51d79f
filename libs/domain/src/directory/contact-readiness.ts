import type { ContactGap, ContactReadinessCounts } from '@cordon/contracts';
import { channelEligibility, Contact } from '../broadcasts/channels';

/**
 * Why SMS does not reach someone (the broadcast rule `channelEligibility`: a mobile in
 * E.164 form, then consent), or null when it does.
 */
export function contactGap(contact: Contact): ContactGap | null {
  const sms = channelEligibility(contact, 'sms');
  return sms.eligible ? null : sms.reason === 'no_email' ? null : sms.reason;
}

const share = (n: number, of: number): number => (of > 0 ? Math.round((n / of) * 1000) / 1000 : 0);

/** Readiness counts with their shares of the staff (three decimals; 0 of no staff). */
export function withShares(counts: Omit<ContactReadinessCounts, 'shares'>): ContactReadinessCounts {
  return {
    ...counts,
    shares: {
      email: share(counts.email, counts.staff),
      sms: share(counts.sms, counts.staff),
      both: share(counts.both, counts.staff),
    },
  };
}
