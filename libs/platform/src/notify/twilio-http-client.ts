import { Agent as HttpAgent } from 'node:http';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type TwilioResponse from 'twilio/lib/http/response';

export interface BaseUrlRequestClientOptions {
  /** Replaces `https://api.twilio.com` (any Twilio host): a regional proxy or a test double. */
  baseUrl: string | null;
  timeoutMs: number;
  /** Sockets per host, the most requests in flight at once. */
  maxSockets?: number;
}

/**
 * twilio-node has no base-URL option (STACK.md trap 8). This http client rewrites the
 * protocol, host and port of every request — the create call, lists and the next-page
 * URLs Twilio hands back — to `baseUrl`, keeping any path prefix `baseUrl` has. Because
 * it rewrites the URI the client built, it works whatever host TWILIO_REGION or
 * TWILIO_EDGE made (`api.dublin.ie1.twilio.com` goes to the base URL too).
 */
export class BaseUrlRequestClient extends twilio.RequestClient {
  private readonly base: URL | null;
  private readonly httpAgent: HttpAgent | null;

  constructor(options: BaseUrlRequestClientOptions) {
    super({ timeout: options.timeoutMs, keepAlive: true, maxSockets: options.maxSockets ?? 20 });
    this.base = options.baseUrl ? new URL(options.baseUrl) : null;
    // the parent makes a keep-alive agent for https only; a plain-http base gets one too
    this.httpAgent =
      this.base?.protocol === 'http:'
        ? new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 20 })
        : null;
    if (this.httpAgent) this.axios.defaults.httpAgent = this.httpAgent;
  }

  override request<TData>(
    opts: RequestClient.RequestOptions<TData>,
  ): Promise<TwilioResponse<TData>> {
    return super.request({ ...opts, uri: this.rewrite(opts.uri) });
  }

  rewrite(uri: string): string {
    if (!this.base) return uri;
    const target = new URL(uri);
    const prefix = this.base.pathname.replace(/\/+$/, '');
    return `${this.base.protocol}//${this.base.host}${prefix}${target.pathname}${target.search}`;
  }

  /** Ends the sockets kept alive for reuse. */
  destroy(): void {
    this.httpAgent?.destroy();
    const https = this.axios.defaults.httpsAgent as { destroy?: () => void } | undefined;
    https?.destroy?.();
  }
}
