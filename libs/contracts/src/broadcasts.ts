/** Crisis communications: broadcasts to staff, their deliveries and acknowledgements. */
import type { ActorRef } from './auth';
import type { LanPhase } from './incidents';

export type BroadcastChannel = 'email' | 'sms';

export interface BroadcastAudience {
  all?: boolean;
  departmentIds?: string[];
  siteIds?: string[];
  lanIds?: string[];
}

/** `POST /incidents/:id/broadcasts` with an `Idempotency-Key` header. */
export interface CreateBroadcastRequest {
  audience: BroadcastAudience;
  channels: BroadcastChannel[];
  /** Templates: `{{name}}`, `{{reference}}`, `{{title}}`, `{{lan}}`, `{{nextUpdate}}`, `{{ackLink}}`. */
  subject: string;
  body: string;
  /**
   * The SMS text, a template like `body` (at most 1,000 characters; `smsSegments` in
   * @cordon/domain counts its segments). Without it the SMS is the subject; with
   * `requireAck` either ends with "Reply YES to confirm you have read this."
   */
  smsBody?: string;
  requireAck?: boolean;
  /** With `requireAck`: unacknowledged recipients get the other channel after this long. */
  escalateAfterMinutes?: number;
}

/** `POST /incidents/:id/broadcasts/preview`: who a broadcast would reach; nothing is written. */
export interface BroadcastPreviewRequest {
  audience: BroadcastAudience;
  channels: BroadcastChannel[];
  requireAck?: boolean;
}

/** The reach of one channel in a preview: deliveries that would be sent, and skipped. */
export interface ChannelReach {
  reachable: number;
  skipped: number;
}

/**
 * 200: what a broadcast to this audience would make now, by the same rules: `recipients`
 * people; per channel asked for, how many would be sent and skipped (a channel not asked
 * for is `{reachable: 0, skipped: 0}`); skipped deliveries by reason (`no_email`,
 * `no_mobile`, `invalid_mobile`, `no_sms_consent`; a reason with none is absent).
 */
export interface BroadcastPreview {
  recipients: number;
  byChannel: Record<BroadcastChannel, ChannelReach>;
  skippedReasons: Record<string, number>;
  /**
   * The audience in parts by what each person would get and why ("the channel follows
   * the network": staff of a LAN shut down or being cleaned get SMS, not email), largest
   * first. The parts' `staff` add up to `recipients`.
   */
  routes: BroadcastRoutePart[];
  /** Staff on a closed LAN whom no SMS reaches (no mobile, not E.164, no consent). */
  unreachable: { count: number; people: UnreachableRecipientView[] };
}

/** One part of a preview's audience: the channels that reach them, and why. */
export interface BroadcastRoutePart {
  /** `email`, `sms`, `email+sms`, or `none` when no channel reaches them. */
  gets: 'email' | 'sms' | 'email+sms' | 'none';
  /** `requested`: the channels asked for; `lan_closed`: SMS first, their LAN is closed. */
  because: 'requested' | 'lan_closed';
  /** Their LAN when it is closed (shut down or cleaning), else null. */
  lan: { code: string; phase: LanPhase } | null;
  staff: number;
  /** On a closed LAN with no SMS that reaches them. */
  unreachable: boolean;
  /** The part as the desk shows it: "SMS — 42 staff on SOC-HALL (shut down)". */
  text: string;
}

/** Someone on a closed LAN whom no SMS reaches: listed to the owner, told to their ITU. */
export interface UnreachableRecipientView {
  recipientId: string;
  name: string;
  lan: string | null;
  phase: LanPhase | null;
  /** Why SMS does not reach them: `no_mobile`, `invalid_mobile`, `no_sms_consent`. */
  reason: string;
}

/** 202: the broadcast is stored and queued; the same key answers the same broadcast. */
export interface BroadcastAccepted {
  id: string;
  recipients: number;
}

/** What made the broadcast: a person's broadcast, or a notice Cordon sent itself. */
export type BroadcastKind =
  | 'broadcast'
  | 'lan_notice'
  | 'update_reminder'
  | 'handover_notice'
  | 'directive_escalation'
  | 'directive_notice'
  | 'isolation_notice'
  /** An action item of a post-incident review past its due day, to its owner. */
  | 'review_reminder'
  /** A department's ITU, told which of their staff a broadcast could not reach (LAN closed). */
  | 'unreachable_notice';

export type BroadcastStatus = 'queued' | 'sending' | 'completed';

export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'skipped';

export interface ChannelTotals {
  deliveries: number;
  /** Waiting or being sent. */
  queued: number;
  /** Accepted by the provider, no delivery receipt (yet). */
  sent: number;
  /** Confirmed delivered by the provider (SMS delivery receipts). */
  delivered: number;
  failed: number;
  skipped: number;
}

/**
 * Counts of a broadcast. Per delivery (one per recipient and channel):
 * `queued + sent + delivered + failed + skipped = deliveries`. Per person:
 * `recipients`, `acknowledged`, `silent` (acknowledgement asked and not given).
 */
export interface BroadcastTotals extends ChannelTotals {
  recipients: number;
  acknowledged: number;
  silent: number;
  byChannel: Record<BroadcastChannel, ChannelTotals>;
  /** Skipped deliveries by reason: `no_mobile`, `no_sms_consent`, `invalid_mobile`, `no_email`. */
  skippedReasons: Record<string, number>;
}

export interface BroadcastView {
  id: string;
  incidentId: string;
  kind: BroadcastKind;
  status: BroadcastStatus;
  /** The subject with the incident's reference, title and next update filled in. */
  subject: string;
  /** The subject as written, `{{variables}}` and all. */
  subjectTemplate: string;
  /** The body as written (a template). */
  body: string;
  /** The SMS text as written, or null: the SMS is the subject. */
  smsBody: string | null;
  channels: BroadcastChannel[];
  audience: BroadcastAudience;
  requireAck: boolean;
  escalateAfterMinutes: number | null;
  createdBy: ActorRef;
  createdAt: string;
  completedAt: string | null;
  escalatedAt: string | null;
  totals: BroadcastTotals;
  /** Recipients on a closed LAN whom no SMS reached (listed at `/broadcasts/:id/unreachable`). */
  unreachable: number;
}

export interface DeliveryView {
  id: string;
  broadcastId: string;
  recipient: { id: string; name: string };
  channel: BroadcastChannel;
  /** 0: the broadcast; 1: the escalation to the other channel. */
  round: number;
  status: DeliveryStatus;
  address: string | null;
  /** Why it failed or was skipped. */
  reason: string | null;
  attempts: number;
  providerId: string | null;
  providerStatus: string | null;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}

export interface SilentRecipientView {
  recipientId: string;
  name: string;
  email: string | null;
  mobile: string | null;
  lan: string | null;
  deliveries: { channel: BroadcastChannel; status: DeliveryStatus; reason: string | null }[];
}

export type AcknowledgementVia = 'link' | 'sms_reply' | 'console';

/** `POST /broadcasts/:id/acknowledgements`: one taken by phone, recorded by the owner or command. */
export interface RecordAcknowledgementRequest {
  staffId: string;
  note?: string;
}

export interface AcknowledgementView {
  broadcastId: string;
  recipientId: string;
  name: string;
  via: AcknowledgementVia;
  at: string;
  note: string | null;
  /** False when the recipient had acknowledged already (it counts once). */
  recorded: boolean;
}

export interface RetryFailedResult {
  retried: number;
}

/** Data of `broadcast.progress`, `broadcast.completed` and `broadcast.round_completed`. */
export interface BroadcastProgressData {
  broadcastId: string;
  status: BroadcastStatus;
  totals: BroadcastTotals;
}

/**
 * Data of `broadcast.reply_received`: an SMS reply that was neither an acknowledgement
 * nor an opt-out/opt-in word, on the incident of the sender's latest SMS delivery.
 * `text` is folded to one line and cut (`truncated`); the whole reply is stored.
 */
export interface BroadcastReplyData {
  replyId: string;
  broadcastId: string;
  deliveryId: string;
  recipientId: string;
  name: string;
  text: string;
  truncated: boolean;
}
