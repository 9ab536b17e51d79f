import { Inject, Injectable } from '@nestjs/common';
import { formatUpdateTime, RenderedMessage, renderMessage } from '@cordon/domain';
import { APP_CONFIG, AppConfig } from '@cordon/platform';
import type { BroadcastContext } from '@cordon/broadcasts';
import { DeliveryRepository } from '../delivery.repository';
import type { ClaimedDelivery } from './delivery-store';

interface BroadcastContent {
  subject: string;
  body: string;
  smsBody: string | null;
  requireAck: boolean;
  context: BroadcastContext;
  /** The next update time as written in messages (formatted once per broadcast). */
  nextUpdate: string;
}

const CACHE_SIZE = 200;

/**
 * Renders what one delivery sends, from its broadcast (immutable once committed, so
 * cached per process) and its recipient. Rendering is deterministic: a resend carries
 * the same text, which is how an SMS found at the provider is recognised as this one.
 */
@Injectable()
export class MessageRenderer {
  // the promise is cached, so the jobs that start a broadcast at once read it once
  private readonly cache = new Map<string, Promise<BroadcastContent>>();

  constructor(
    private readonly deliveries: DeliveryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async render(delivery: ClaimedDelivery): Promise<RenderedMessage> {
    const content = await this.content(delivery.broadcastId);
    return renderMessage(content, {
      name: delivery.recipientName,
      reference: content.context.reference,
      title: content.context.title,
      lan: delivery.lanCode ?? 'your network',
      nextUpdate: content.nextUpdate,
      ackLink: delivery.ackToken ? `${this.config.publicUrl}/api/v1/ack/${delivery.ackToken}` : '',
    });
  }

  private content(broadcastId: string): Promise<BroadcastContent> {
    const cached = this.cache.get(broadcastId);
    if (cached) return cached;
    const loading = this.load(broadcastId);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(broadcastId, loading);
    // a failed read is not kept: the next job reads again
    loading.catch(() => {
      if (this.cache.get(broadcastId) === loading) this.cache.delete(broadcastId);
    });
    return loading;
  }

  private async load(broadcastId: string): Promise<BroadcastContent> {
    const row = await this.deliveries.content(broadcastId);
    if (!row) throw new Error(`broadcast ${broadcastId} not found`);
    return {
      subject: row.subject,
      body: row.body,
      smsBody: row.sms_body,
      requireAck: row.require_ack,
      context: row.context,
      nextUpdate: formatUpdateTime(
        row.context.nextUpdateDueAt ? new Date(row.context.nextUpdateDueAt) : null,
        this.config.comms.timeZone,
      ),
    };
  }
}
