import type { LanPhase } from './incidents';
import type { ReviewOpenJobData } from './reviews';

/**
 * Every BullMQ queue Cordon uses and every job on it, with the data the job carries
 * (kebab-case queues, `area.verb` jobs). The outbox (`SpineTransaction.enqueue`), the
 * producers and the processors (`Job<DataOf<queue, job>>`) are typed by it, so a job
 * of an unknown queue or name, or with the wrong data, fails typecheck.
 */

/** Someone named in a job, as the event that caused it names them. */
export interface JobPersonRef {
  id: string;
  name: string;
}

/** One send of one delivery (email or SMS). */
export interface SendJobData {
  deliveryId: string;
  broadcastId: string;
}

/** Jobs about one broadcast. */
export interface BroadcastJobData {
  broadcastId: string;
}

/** A periodic sweep: the scheduler adds it with no data. */
export type SweepJobData = Record<string, never>;

/** The notices incident command asks for (the job id is the notice's idempotency key). */
export interface NotifyJobs {
  /** The LAN's staff: shut down (email + SMS, asks YES), cleaned, reopened. */
  'notify.lan_phase_changed': {
    incidentId: string;
    reference: string;
    lanId: string;
    code: string;
    from: LanPhase;
    to: LanPhase;
    reason: string | null;
  };
  /** The owner an incident was declared with. */
  'notify.owner_assigned': { incidentId: string; userId: string; reason: 'declared' };
  /** Both sides of a handover, each told who the other is. */
  'notify.owner_changed': {
    incidentId: string;
    userId: string;
    role: 'new_owner' | 'previous_owner';
    from: JobPersonRef;
    to: JobPersonRef;
    reason: string;
  };
  /** The owner, when the next update falls due (if it is still due then); ISO time. */
  'notify.update_due': { incidentId: string; dueAt: string };
  /** The owner, naming the department that has not acknowledged by the due time (ISO). */
  'notify.directive_overdue': {
    incidentId: string;
    directiveId: string;
    departmentId: string;
    ownerId: string;
    text: string;
    dueAt: string;
  };
  /** Each addressed department's ITU. */
  'notify.directive_issued': { incidentId: string; directiveId: string; departmentIds: string[] };
  /** The department's ITU: their staff a broadcast could not reach (closed LAN, no SMS). */
  'notify.staff_unreachable': {
    incidentId: string;
    broadcastId: string;
    departmentId: string;
    /** The broadcast's subject as shown. */
    subject: string;
    /** How many of the department's staff; `staff` lists the first of them by name. */
    count: number;
    staff: { name: string; lan: string | null; reason: string }[];
  };
  /** The machine's department's ITU. */
  'notify.device_isolated': {
    incidentId: string;
    taskId: string;
    deviceId: string;
    hostname: string;
    departmentId: string | null;
  };
}

export interface JobMap {
  'broadcast-fanout': { 'broadcast.fanout': BroadcastJobData };
  'email-send': { 'email.send': SendJobData };
  'sms-send': { 'sms.send': SendJobData };
  'broadcast-escalation': { 'broadcast.escalate': BroadcastJobData };
  notify: NotifyJobs;
  'update-reminder-scan': { 'incident.remind_overdue_owners': SweepJobData };
  'held-status-scan': { 'sms.apply_held_statuses': SweepJobData };
  'completion-scan': { 'broadcast.complete_finished': SweepJobData };
  'lost-delivery-scan': { 'delivery.requeue_lost': SweepJobData };
  'incident-scans': { 'directive.escalate_overdue': SweepJobData };
  /** Post-incident reviews: opened once an incident closes; overdue action items reminded. */
  reviews: { 'review.open': ReviewOpenJobData };
  'review-reminder-scan': { 'review.remind_overdue_actions': SweepJobData };
  /** Staff from Active Directory / LDAP every LDAP_SYNC_MINUTES (libs/directory). */
  'directory-sync': { 'directory.sync': SweepJobData };
  /** A WARP summary to the configured WARP address (libs/warp); the text is the one hashed. */
  'warp-email': {
    'warp.email': {
      incidentId: string;
      sendingId: string;
      to: string;
      subject: string;
      text: string;
    };
  };
  /** Tests and diagnostics of the outbox relay. */
  probe: { 'probe.run': Record<string, unknown> };
}

export type QueueName = keyof JobMap;
export type JobName<Q extends QueueName> = keyof JobMap[Q] & string;
export type DataOf<Q extends QueueName, N extends JobName<Q>> = JobMap[Q][N];

/** Every queue by what it is for. */
export const QUEUES = {
  fanout: 'broadcast-fanout',
  email: 'email-send',
  sms: 'sms-send',
  escalation: 'broadcast-escalation',
  notify: 'notify',
  updateReminders: 'update-reminder-scan',
  heldStatuses: 'held-status-scan',
  completion: 'completion-scan',
  lostDeliveries: 'lost-delivery-scan',
  incidentScans: 'incident-scans',
  warpEmail: 'warp-email',
  reviews: 'reviews',
  reviewReminders: 'review-reminder-scan',
  directorySync: 'directory-sync',
  probe: 'probe',
} as const satisfies Record<string, QueueName>;

/** Every job name by what it does (the notify jobs are named where they are sent). */
export const JOBS = {
  fanout: 'broadcast.fanout',
  email: 'email.send',
  sms: 'sms.send',
  escalate: 'broadcast.escalate',
  remindOwners: 'incident.remind_overdue_owners',
  applyHeldStatuses: 'sms.apply_held_statuses',
  completeBroadcasts: 'broadcast.complete_finished',
  requeueLost: 'delivery.requeue_lost',
  escalateOverdueDirectives: 'directive.escalate_overdue',
  warpEmail: 'warp.email',
  openReview: 'review.open',
  remindReviewActions: 'review.remind_overdue_actions',
  syncDirectory: 'directory.sync',
} as const;

/** A job of queue `Q` as it is queued: its name and its data, one of the map's pairs. */
export type JobSpec<Q extends QueueName> = {
  [N in JobName<Q>]: { name: N; data: DataOf<Q, N> };
}[JobName<Q>];

/** An outbox row: relayed to queue `queue` as job `name` with `payload` after commit. */
export type OutboxJob<Q extends QueueName = QueueName> = {
  [K in Q]: {
    [N in JobName<K>]: {
      queue: K;
      name: N;
      /** Deterministic: the same side effect always gets the same id, so it is queued once. */
      jobId: string;
      payload: DataOf<K, N>;
      delayMs?: number;
    };
  }[JobName<K>];
}[Q];
