import type {
  BroadcastChannel,
  BroadcastTotals,
  BroadcastView,
  DeliveryStatus,
  DeliveryView,
  SilentRecipientView,
} from '@cordon/contracts';
import { BroadcastEntity } from './entities';
import { shownSubject } from './shown-subject';

const iso = (d: Date | string | null): string | null =>
  d === null ? null : new Date(d).toISOString();

export function toBroadcastView(
  b: BroadcastEntity,
  totals: BroadcastTotals,
  timeZone: string,
): BroadcastView {
  return {
    id: b.id,
    incidentId: b.incidentId,
    kind: b.kind,
    status: b.status,
    subject: shownSubject(b.subject, b.context, timeZone),
    subjectTemplate: b.subject,
    body: b.body,
    smsBody: b.smsBody,
    channels: b.channels,
    audience: b.audience,
    requireAck: b.requireAck,
    escalateAfterMinutes: b.escalateAfterMinutes,
    createdBy: b.createdBy,
    createdAt: b.createdAt.toISOString(),
    completedAt: iso(b.completedAt),
    escalatedAt: iso(b.escalatedAt),
    totals,
    unreachable: b.unreachableCount ?? 0,
  };
}

/** A delivery row with its recipient's name, as the deliveries list reads it. */
export interface DeliveryRow {
  id: string;
  broadcast_id: string;
  recipient_id: string;
  recipient_name: string;
  channel: BroadcastChannel;
  round: number;
  status: DeliveryStatus;
  address: string | null;
  reason: string | null;
  attempts: number;
  provider_id: string | null;
  provider_status: string | null;
  sent_at: Date | null;
  delivered_at: Date | null;
  failed_at: Date | null;
}

export const toDeliveryView = (d: DeliveryRow): DeliveryView => ({
  id: d.id,
  broadcastId: d.broadcast_id,
  recipient: { id: d.recipient_id, name: d.recipient_name },
  channel: d.channel,
  round: d.round,
  status: d.status,
  address: d.address,
  reason: d.reason,
  attempts: d.attempts,
  providerId: d.provider_id,
  providerStatus: d.provider_status,
  sentAt: iso(d.sent_at),
  deliveredAt: iso(d.delivered_at),
  failedAt: iso(d.failed_at),
});

export interface SilentRow {
  recipient_id: string;
  name: string;
  email: string | null;
  mobile: string | null;
  lan_code: string | null;
  deliveries: SilentRecipientView['deliveries'];
}

export const toSilentView = (r: SilentRow): SilentRecipientView => ({
  recipientId: r.recipient_id,
  name: r.name,
  email: r.email,
  mobile: r.mobile,
  lan: r.lan_code,
  deliveries: r.deliveries,
});
