/** The queues and jobs of broadcasts, their delivery and notices (kebab-case queues, `area.verb` jobs). */
export const COMMS_QUEUES = {
  fanout: 'broadcast-fanout',
  email: 'email-send',
  sms: 'sms-send',
  escalation: 'broadcast-escalation',
  /** The periodic sweeps, one queue each (every COMMS_SCAN_SECONDS). */
  updateReminders: 'update-reminder-scan',
  heldStatuses: 'held-status-scan',
  completion: 'completion-scan',
  lostDeliveries: 'lost-delivery-scan',
  /** Notices other features ask for (issue 4's outbox rows: LAN shutdowns, handovers, directives). */
  notify: 'notify',
} as const;

export const COMMS_JOBS = {
  fanout: 'broadcast.fanout',
  email: 'email.send',
  sms: 'sms.send',
  escalate: 'broadcast.escalate',
  remindOwners: 'incident.remind_overdue_owners',
  applyHeldStatuses: 'sms.apply_held_statuses',
  completeBroadcasts: 'broadcast.complete_finished',
  requeueLost: 'delivery.requeue_lost',
} as const;

export interface FanoutPayload {
  broadcastId: string;
}

export interface SendPayload {
  deliveryId: string;
  broadcastId: string;
}

export interface EscalatePayload {
  broadcastId: string;
}

/** BullMQ job id of a delivery's send: the delivery id, then `<id>-g<n>` when queued again. */
export const sendJobId = (deliveryId: string, jobGen: number): string =>
  jobGen === 0 ? deliveryId : `${deliveryId}-g${jobGen}`;

/** Outbox job ids (unique across the outbox): one fan-out per broadcast and per retry. */
export const fanoutJobId = (broadcastId: string, retry = 0): string =>
  retry === 0 ? `fanout-${broadcastId}` : `fanout-${broadcastId}-r${retry}`;

export const escalationJobId = (broadcastId: string): string => `escalate-${broadcastId}`;
