import {
  canApply,
  commandForSmsStatus,
  decideDelivery,
  DELIVERY_STATUSES,
  DeliveryCommand,
  DeliveryStatus,
  fromStatuses,
} from './delivery-status';

const allowed: [DeliveryStatus, DeliveryCommand, DeliveryStatus][] = [
  ['queued', 'claim', 'sending'],
  ['sending', 'reclaim', 'sending'],
  ['sending', 'release', 'queued'],
  ['sending', 'mark_sent', 'sent'],
  ['sending', 'mark_delivered', 'delivered'],
  ['sent', 'mark_delivered', 'delivered'],
  ['failed', 'mark_delivered', 'delivered'],
  ['queued', 'mark_failed', 'failed'],
  ['sending', 'mark_failed', 'failed'],
  ['sent', 'mark_failed', 'failed'],
  ['failed', 'retry', 'queued'],
];

describe('delivery status machine', () => {
  it.each(allowed)('%s + %s → %s', (from, command, to) => {
    expect(decideDelivery(from, command)).toBe(to);
  });

  const commands: DeliveryCommand[] = [
    'claim',
    'reclaim',
    'release',
    'mark_sent',
    'mark_delivered',
    'mark_failed',
    'retry',
  ];
  const refused = DELIVERY_STATUSES.flatMap((status) =>
    commands
      .filter((command) => !allowed.some(([f, c]) => f === status && c === command))
      .map((command) => [status, command] as const),
  );

  it.each(refused)('refuses %s + %s with invalid_transition', (status, command) => {
    expect(canApply(status, command)).toBe(false);
    expect(() => decideDelivery(status, command)).toThrow(
      expect.objectContaining({ code: 'invalid_transition' }),
    );
  });

  it('never claims a delivery already sent, delivered, failed or skipped', () => {
    for (const status of ['sent', 'delivered', 'failed', 'skipped'] as const)
      expect(canApply(status, 'claim')).toBe(false);
  });

  it('keeps skipped final: no command leaves it', () => {
    for (const command of commands) expect(canApply('skipped', command)).toBe(false);
  });

  it('gives the SQL guard the statuses a command starts from', () => {
    expect(fromStatuses('claim')).toEqual(['queued']);
    expect(fromStatuses('mark_delivered')).toEqual(['sending', 'sent', 'failed']);
  });
});

describe(commandForSmsStatus.name, () => {
  it.each([
    ['queued', null],
    ['accepted', null],
    ['sending', null],
    ['sent', 'mark_sent'],
    ['delivered', 'mark_delivered'],
    ['Delivered', 'mark_delivered'],
    ['read', 'mark_delivered'],
    ['undelivered', 'mark_failed'],
    ['failed', 'mark_failed'],
    ['canceled', 'mark_failed'],
    ['something-new', null],
  ])('Twilio status %s → %s', (status, command) => {
    expect(commandForSmsStatus(status)).toBe(command);
  });
});
