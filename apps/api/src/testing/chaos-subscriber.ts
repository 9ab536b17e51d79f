import { io, Socket } from 'socket.io-client';
import type { LiveEventOf, SubscribeAck } from '@cordon/contracts';

/**
 * A live client as docs/live.md tells one to be written: it keeps the highest seq it has
 * processed and, on every (re)connect, subscribes again from it. It records every event
 * it receives (a seq received twice is counted, not hidden), its reconnects, and how long
 * each outage lasted (disconnect → resubscribed).
 */
export class ResumingSubscriber {
  readonly socket: Socket;
  readonly seqs = new Set<number>();
  duplicates = 0;
  outOfOrder = 0;
  lastSeq = 0;
  connects = 0;
  readonly outagesMs: number[] = [];
  private lostAt: number | null = null;
  private subscribed = false;

  constructor(
    baseUrl: string,
    token: string,
    readonly incidentId: string,
  ) {
    this.socket = io(`${baseUrl}/live`, {
      auth: { token },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 1_000,
      randomizationFactor: 0.2,
    });
    this.socket.on('event', (e: LiveEventOf) => {
      if (e.incidentId !== this.incidentId) return;
      if (this.seqs.has(e.seq)) this.duplicates++;
      else if (e.seq !== this.lastSeq + 1) this.outOfOrder++;
      this.seqs.add(e.seq);
      this.lastSeq = Math.max(this.lastSeq, e.seq);
    });
    this.socket.on('disconnect', () => {
      this.lostAt ??= Date.now();
    });
    this.socket.on('connect', () => {
      this.connects++;
      void this.resubscribe();
    });
  }

  private async resubscribe(): Promise<void> {
    for (let attempt = 0; this.socket.connected; attempt++) {
      const ack: SubscribeAck | null = await this.socket
        .timeout(5_000)
        .emitWithAck('subscribe', { incidentId: this.incidentId, sinceSeq: this.lastSeq })
        .catch(() => null);
      if (ack?.ok) {
        this.subscribed = true;
        if (this.lostAt !== null) this.outagesMs.push(Date.now() - this.lostAt);
        this.lostAt = null;
        return;
      }
      // refused while the database is away: try again shortly
      await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, 1_000)));
    }
  }

  /** Connected and subscribed, with no outage still open. */
  get live(): boolean {
    return this.socket.connected && this.subscribed && this.lostAt === null;
  }

  get reconnects(): number {
    return Math.max(this.connects - 1, 0);
  }

  async waitForSeq(seq: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.lastSeq < seq) {
      if (Date.now() > deadline)
        throw new Error(`subscriber at seq ${this.lastSeq}, not ${seq}, after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  close(): void {
    this.socket.close();
  }
}
