import type { LanPhase } from '@cordon/contracts';
import { Channel, channelEligibility, CHANNELS, Contact, SkipReason } from './channels';

/**
 * "The channel follows the network." A LAN that is shut down or being cleaned is off the
 * network: its staff cannot read email at their desks. These are the phases (in any open
 * incident's plan: a LAN is in at most one) that close a LAN to email.
 */
export const CLOSED_LAN_PHASES = ['shut_down', 'cleaning'] as const;
export type ClosedLanPhase = (typeof CLOSED_LAN_PHASES)[number];

export const isLanClosed = (phase: LanPhase | string | null | undefined): phase is ClosedLanPhase =>
  typeof phase === 'string' && (CLOSED_LAN_PHASES as readonly string[]).includes(phase);

/** Why a delivery is not sent: the contact rules, or email to someone on a closed LAN. */
export type RouteSkipReason = SkipReason | 'lan_closed';

export const LAN_CLOSED_TEXT =
  'their LAN is shut down or being cleaned: email cannot be read there until it reopens';

/** Who is being routed: the channels the broadcast asks for, their contacts, their LAN. */
export interface RoutingInput {
  requested: readonly Channel[];
  contact: Contact;
  /** The phase of the recipient's LAN in an open incident's plan; null when none. */
  lanPhase: LanPhase | null;
}

/** One delivery the recipient gets: sent to `address`, or skipped for `reason`. */
export type RoutedDelivery =
  | { channel: Channel; address: string; reason: null }
  | { channel: Channel; address: null; reason: RouteSkipReason };

export interface RecipientRoute {
  deliveries: RoutedDelivery[];
  /** `requested`: the channels asked for; `lan_closed`: SMS instead of email (their LAN is closed). */
  because: 'requested' | 'lan_closed';
  /** On a closed LAN and no SMS reaches them (no mobile, not E.164, no consent). */
  unreachable: boolean;
}

/**
 * The channel(s) one recipient gets. On an open LAN (or none): each channel asked for,
 * under `channelEligibility`. On a closed LAN (shut down, cleaning): SMS first, whether
 * or not it was asked for (it needs a mobile in E.164 form and the person's consent);
 * email, if asked for, is skipped as `lan_closed` (the LAN's reopen notice reaches them
 * by email and SMS when it reopens); with no SMS that reaches them they are unreachable.
 * The set-based SQL of the preview and the send (`ROUTING_SQL` in libs/broadcasts)
 * applies the same rule; an integration test holds the two to the same answers.
 */
export function routeRecipient(input: RoutingInput): RecipientRoute {
  const closed = isLanClosed(input.lanPhase);
  const channels = CHANNELS.filter((c) => input.requested.includes(c) || (closed && c === 'sms'));
  const deliveries = channels.map((channel): RoutedDelivery => {
    if (closed && channel === 'email') return { channel, address: null, reason: 'lan_closed' };
    const e = channelEligibility(input.contact, channel);
    return e.eligible
      ? { channel, address: e.address, reason: null }
      : { channel, address: null, reason: e.reason };
  });
  const smsReaches = deliveries.some((d) => d.channel === 'sms' && d.reason === null);
  return {
    deliveries,
    because: closed ? 'lan_closed' : 'requested',
    unreachable: closed && !smsReaches,
  };
}

/** What reaches a part of an audience, as the preview groups people. */
export type RouteGets = 'email' | 'sms' | 'email+sms' | 'none';

const GETS_TEXT: Readonly<Record<RouteGets, string>> = {
  email: 'email',
  sms: 'SMS',
  'email+sms': 'email and SMS',
  none: 'no channel',
};

const PHASE_TEXT: Readonly<Record<string, string>> = {
  shut_down: 'shut down',
  cleaning: 'cleaning',
};

/**
 * A part of a preview as the desk shows it: "SMS — 42 staff on SOC-HALL (shut down)",
 * "email — 310 staff", "unreachable — 3 staff on SOC-HALL (shut down) without SMS".
 */
export function routePartText(
  gets: RouteGets,
  staff: number,
  lan: { code: string; phase: string } | null,
): string {
  const on = lan ? ` on ${lan.code} (${PHASE_TEXT[lan.phase] ?? lan.phase})` : '';
  if (lan && gets !== 'sms' && gets !== 'email+sms')
    return `unreachable — ${staff} staff${on} without a mobile or SMS consent`;
  return `${GETS_TEXT[gets]} — ${staff} staff${on}`;
}
