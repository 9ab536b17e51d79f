import { isE164 } from '../directory/contact';

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

/** Why a recipient is not sent a message on a channel; shown in the broadcast's totals. */
export const SKIP_REASONS = ['no_email', 'no_mobile', 'invalid_mobile', 'no_sms_consent'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  no_email: 'no email address on record',
  no_mobile: 'no mobile number on record',
  invalid_mobile: 'the mobile number on record is not in E.164 form',
  no_sms_consent: 'has not agreed to be contacted by SMS',
};

/** The contact details a recipient has, as the directory holds them. */
export interface Contact {
  email: string | null;
  mobile: string | null;
  smsConsent: boolean;
}

export type Eligibility =
  { eligible: true; address: string } | { eligible: false; reason: SkipReason };

/**
 * May this recipient be sent a message on this channel, and at which address?
 * Email needs an address; SMS needs an E.164 mobile and the person's consent, checked
 * in that order (so a person with neither is "no_mobile"). The set-based insert of a
 * broadcast's deliveries applies the same rules in SQL; an integration test holds the
 * two to the same answers.
 */
export function channelEligibility(contact: Contact, channel: Channel): Eligibility {
  if (channel === 'email') {
    return contact.email ? { eligible: true, address: contact.email } : skip('no_email');
  }
  if (!contact.mobile) return skip('no_mobile');
  if (!isE164(contact.mobile)) return skip('invalid_mobile');
  if (!contact.smsConsent) return skip('no_sms_consent');
  return { eligible: true, address: contact.mobile };
}

const skip = (reason: SkipReason): Eligibility => ({ eligible: false, reason });

/** Channels as a request gives them: known, at least one, each once, in the canonical order. */
export function normaliseChannels(channels: readonly string[]): Channel[] | null {
  if (channels.length === 0 || !channels.every(isChannel)) return null;
  return CHANNELS.filter((c) => channels.includes(c));
}
