import { DomainError } from '../errors/domain-error';

/**
 * One delivery = one recipient on one channel. Its lifecycle:
 *
 *   queued ─claim─▶ sending ─sent─▶ sent ─delivered─▶ delivered
 *     ▲               │  │                  │
 *     └──release──────┘  └──fail──▶ failed ◀┘ (provider says undelivered)
 *   skipped (never sent: no mobile, no consent, …) is final from the start.
 *
 * `sending` is recorded before the provider is called, so a delivery found in
 * `sending` by a later attempt has an unknown outcome: it is reclaimed only once its
 * lease has run out (`reclaim`), and an SMS is then looked up at the provider first.
 */
export const DELIVERY_STATUSES = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'failed',
  'skipped',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type DeliveryCommand =
  /** A worker takes a queued delivery to send it. */
  | 'claim'
  /** A worker takes over a delivery whose earlier attempt's outcome is unknown (lease over). */
  | 'reclaim'
  /** The attempt failed before the provider could have taken it: back to the queue. */
  | 'release'
  /** The provider accepted the message (or a lookup found it had). */
  | 'mark_sent'
  /** The provider confirmed delivery to the handset / mailbox. */
  | 'mark_delivered'
  /** A permanent failure, attempts exhausted, or the provider reporting it undelivered. */
  | 'mark_failed'
  /** The owner asks for failed deliveries to be tried again. */
  | 'retry';

interface Transition {
  from: readonly DeliveryStatus[];
  to: DeliveryStatus;
}

/** The transition table. SQL guards use `from` (`WHERE status = ANY(from)`), never a blind set. */
export const DELIVERY_TRANSITIONS: Readonly<Record<DeliveryCommand, Transition>> = {
  claim: { from: ['queued'], to: 'sending' },
  reclaim: { from: ['sending'], to: 'sending' },
  release: { from: ['sending'], to: 'queued' },
  mark_sent: { from: ['sending'], to: 'sent' },
  mark_delivered: { from: ['sending', 'sent', 'failed'], to: 'delivered' },
  mark_failed: { from: ['queued', 'sending', 'sent'], to: 'failed' },
  retry: { from: ['failed'], to: 'queued' },
};

export const FINAL_STATUSES: readonly DeliveryStatus[] = ['sent', 'delivered', 'failed', 'skipped'];
export const PENDING_STATUSES: readonly DeliveryStatus[] = ['queued', 'sending'];

export function canApply(status: DeliveryStatus, command: DeliveryCommand): boolean {
  return DELIVERY_TRANSITIONS[command].from.includes(status);
}

/** The status after `command`, or an `invalid_transition` error. */
export function decideDelivery(status: DeliveryStatus, command: DeliveryCommand): DeliveryStatus {
  if (!canApply(status, command)) {
    throw new DomainError(
      'invalid_transition',
      `A delivery that is ${status} cannot take ${command.replace('_', ' ')}`,
      { from: status, command },
    );
  }
  return DELIVERY_TRANSITIONS[command].to;
}

/** The statuses a command may start from, for the SQL guard. */
export const fromStatuses = (command: DeliveryCommand): DeliveryStatus[] => [
  ...DELIVERY_TRANSITIONS[command].from,
];

export const isDeliveryStatus = (value: unknown): value is DeliveryStatus =>
  typeof value === 'string' && (DELIVERY_STATUSES as readonly string[]).includes(value);

/**
 * Twilio's MessageStatus (status callbacks, message lookups) as a command on the
 * delivery, or null when it says nothing new (`queued`, `accepted`, `sending` at Twilio).
 */
export function commandForSmsStatus(providerStatus: string): DeliveryCommand | null {
  switch (providerStatus.trim().toLowerCase()) {
    case 'sent':
      return 'mark_sent';
    case 'delivered':
    case 'read':
      return 'mark_delivered';
    case 'failed':
    case 'undelivered':
    case 'canceled':
      return 'mark_failed';
    default:
      return null;
  }
}
