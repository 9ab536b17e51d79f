/** BullMQ job id of a delivery's send: the delivery id, then `<id>-g<n>` when queued again. */
export const sendJobId = (deliveryId: string, jobGen: number): string =>
  jobGen === 0 ? deliveryId : `${deliveryId}-g${jobGen}`;

/** Outbox job ids (unique across the outbox): one fan-out per broadcast and per retry. */
export const fanoutJobId = (broadcastId: string, retry = 0): string =>
  retry === 0 ? `fanout-${broadcastId}` : `fanout-${broadcastId}-r${retry}`;

export const escalationJobId = (broadcastId: string): string => `escalate-${broadcastId}`;
