/** Every BullMQ queue Cordon uses. Kebab-case queues, `area.verb` job names. */
export const QUEUES = {
  /** Used by tests and diagnostics of the outbox relay. */
  probe: 'probe',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES] | string;
