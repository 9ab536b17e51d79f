/** Provider token of the configured SmsSender: Twilio, or the development recorder. */
export const SMS_SENDER = Symbol('SMS_SENDER');

export interface OutgoingSms {
  /** E.164, e.g. `+447700900123`. */
  to: string;
  body: string;
  /** Where the provider posts delivery status (the api's `/webhooks/twilio/status`). */
  statusCallback?: string;
}

export interface SmsReceipt {
  /** Twilio's Message SID (`SM…`); `SMdev…` from the recorder. */
  providerId: string;
  /** The provider's status at creation: `queued`, `accepted`, `sent`, … */
  status: string;
}

export interface SentSms {
  providerId: string;
  to: string;
  from: string;
  body: string;
  status: string;
  /** As the provider reports it (Twilio: whole seconds). */
  createdAt: Date;
}

export interface RecentSmsQuery {
  to: string;
  /** When the first attempt of the send being reconciled started. */
  since: Date;
}

/**
 * Sends SMS. Implementations throw TransientSendError / PermanentSendError.
 *
 * Twilio's create call has no idempotency key (STACK.md trap 9): after a send failed with
 * `outcomeUnknown`, call `findRecent` and compare bodies before sending again.
 */
export interface SmsSender {
  readonly kind: 'twilio' | 'recording';
  send(sms: OutgoingSms): Promise<SmsReceipt>;
  /**
   * Messages from our number to `to` created at or after `since` (less a small allowance
   * for clock skew and the provider's one-second timestamps), newest first.
   */
  findRecent(query: RecentSmsQuery): Promise<SentSms[]>;
}

/** Allowance subtracted from `since`: clock skew between us and the provider, and whole seconds. */
export const RECENT_SKEW_MS = 30_000;

const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(number: string): boolean {
  return E164.test(number);
}
