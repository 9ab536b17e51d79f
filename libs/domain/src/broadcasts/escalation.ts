import { Channel, channelEligibility, CHANNELS, Contact, SkipReason } from './channels';

/** Where one recipient of an acknowledgement-requested broadcast stands when its time is up. */
export interface RecipientAckState {
  acknowledged: boolean;
  /** Channels the recipient already has a delivery on (whatever its status). */
  channelsTried: readonly Channel[];
  contact: Contact;
}

export type EscalationDecision =
  | { action: 'none' }
  | { action: 'send'; channel: Channel; address: string }
  | { action: 'silent'; reasons: SkipReason[] };

/**
 * Escalation: a recipient who has not acknowledged in time is sent the broadcast on a
 * channel not yet tried (email-only → SMS, SMS-only → email), if they can be reached
 * on it. Someone with every channel tried, or none left that reaches them, is silent:
 * the owner sees them in the silent list.
 */
export function decideEscalation(state: RecipientAckState): EscalationDecision {
  if (state.acknowledged) return { action: 'none' };
  const reasons: SkipReason[] = [];
  for (const channel of CHANNELS) {
    if (state.channelsTried.includes(channel)) continue;
    const eligibility = channelEligibility(state.contact, channel);
    if (eligibility.eligible) return { action: 'send', channel, address: eligibility.address };
    reasons.push(eligibility.reason);
  }
  return { action: 'silent', reasons };
}

/** When an acknowledgement-requested broadcast escalates, or null when it never does. */
export function escalationDueAt(
  createdAt: Date,
  requireAck: boolean,
  escalateAfterMinutes: number | null,
): Date | null {
  if (!requireAck || escalateAfterMinutes === null) return null;
  return new Date(createdAt.getTime() + escalateAfterMinutes * 60_000);
}
