import { io, Socket } from 'socket.io-client';
import type { CampaignLiveEventOf, LiveEventOf, SubscribeAck } from '@cordon/contracts';

/** A socket.io client of /live that records every event it receives, for tests and benches. */
export class LiveClient {
  /** Typed by the event map: narrow by `type` to read `data`. */
  readonly events: LiveEventOf[] = [];
  /** The events of followed campaigns (`campaign.event`). */
  readonly campaignEvents: CampaignLiveEventOf[] = [];
  readonly socket: Socket;

  constructor(baseUrl: string, token: string | undefined) {
    this.socket = io(`${baseUrl}/live`, {
      auth: token === undefined ? {} : { token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    this.socket.on('event', (event: LiveEventOf) => this.events.push(event));
    this.socket.on('campaign.event', (event: CampaignLiveEventOf) =>
      this.campaignEvents.push(event),
    );
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (err) => reject(err));
    });
  }

  subscribe(incidentId: string, sinceSeq?: number): Promise<SubscribeAck> {
    return this.socket.timeout(10_000).emitWithAck('subscribe', { incidentId, sinceSeq });
  }

  subscribeCampaign(campaignId: string, sinceSeq?: number): Promise<SubscribeAck> {
    return this.socket.timeout(10_000).emitWithAck('campaign.subscribe', { campaignId, sinceSeq });
  }

  async waitForCampaignSeq(campaignId: string, seq: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.campaignEvents.some((e) => e.campaignId === campaignId && e.seq >= seq)) {
      if (Date.now() > deadline)
        throw new Error(`no event ${seq} of campaign ${campaignId} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  campaignSeqs(campaignId: string): number[] {
    return this.campaignEvents.filter((e) => e.campaignId === campaignId).map((e) => e.seq);
  }

  async waitForSeq(incidentId: string, seq: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.events.some((e) => e.incidentId === incidentId && e.seq >= seq)) {
      if (Date.now() > deadline)
        throw new Error(`no event ${seq} of ${incidentId} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  seqs(incidentId: string): number[] {
    return this.events.filter((e) => e.incidentId === incidentId).map((e) => e.seq);
  }

  close(): void {
    this.socket.close();
  }
}
