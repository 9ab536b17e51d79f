import { Client } from 'pg';

/**
 * A dedicated PostgreSQL connection LISTENing on channels; reconnects when dropped.
 * Notifications are hints only: whoever listens must also poll, as a hint can be
 * lost while the connection is down.
 */
export class PgListener {
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly channels: string[],
    private readonly onNotify: (channel: string, payload: string) => void,
    private readonly onReconnect: () => void = () => undefined,
    /** The connection is gone: notifications may be missed until `onReconnect`. */
    private readonly onLost: () => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect().catch(() => this.scheduleReconnect());
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'cordon-listener' });
    client.on('notification', (msg) => this.onNotify(msg.channel, msg.payload ?? ''));
    client.on('error', () => this.scheduleReconnect());
    client.on('end', () => this.scheduleReconnect());
    await client.connect();
    for (const channel of this.channels) await client.query(`LISTEN ${channel}`);
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.onReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retry) return;
    const old = this.client;
    this.client = null;
    if (old) this.onLost();
    old?.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch(() => this.scheduleReconnect());
    }, 1_000);
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
