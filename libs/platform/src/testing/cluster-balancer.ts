import { createServer, request, IncomingMessage, Server } from 'node:http';
import { connect, Socket } from 'node:net';

/** One api behind the balancer: its port, and whether it is taken out (killed on purpose). */
export interface Upstream {
  port: number;
  out: boolean;
}

const STICKY = 'cordon_upstream';

/**
 * A small round-robin load balancer for the cluster (tests and demos, not production):
 * HTTP requests and websocket upgrades go to the next api in turn; an api that refuses
 * the connection is skipped for that request (the next one is tried), so a dead api
 * costs its clients one reconnect. socket.io's long-polling fallback needs every request
 * of a session on one api: the balancer pins a client by a cookie it sets
 * (`cordon_upstream`), as a production balancer's sticky sessions do.
 */
export class Balancer {
  private next = 0;
  private readonly sockets = new Map<number, Set<Socket>>();
  private server: Server | null = null;

  constructor(readonly upstreams: Upstream[]) {}

  async listen(port = 0, host = '127.0.0.1'): Promise<number> {
    const server = createServer((req, res) => this.forward(req, res));
    server.on('upgrade', (req, socket) => this.upgrade(req, socket as Socket));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    return (server.address() as { port: number }).port;
  }

  /** Websocket connections open through the balancer to the api on `port`. */
  connections(port: number): number {
    return this.sockets.get(port)?.size ?? 0;
  }

  async close(): Promise<void> {
    for (const set of this.sockets.values()) for (const s of set) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** The apis to try, in order: the pinned one first, then round-robin from the next. */
  private order(req: IncomingMessage): Upstream[] {
    const live = this.upstreams.filter((u) => !u.out);
    const pinned = /(?:^|;\s*)cordon_upstream=(\d+)/.exec(req.headers.cookie ?? '')?.[1];
    const start = this.next++ % Math.max(live.length, 1);
    const rotated = [...live.slice(start), ...live.slice(0, start)];
    const first = rotated.find((u) => String(u.port) === pinned);
    return first ? [first, ...rotated.filter((u) => u !== first)] : rotated;
  }

  private forward(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    const tries = this.order(req);
    const attempt = (i: number): void => {
      const upstream = tries[i];
      if (!upstream) {
        res.writeHead(502, { 'content-type': 'text/plain' }).end('no api answers\n');
        return;
      }
      const proxied = request(
        {
          host: '127.0.0.1',
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          const headers = { ...answer.headers };
          if (req.url?.startsWith('/socket.io/'))
            headers['set-cookie'] = [
              ...(headers['set-cookie'] ?? []),
              `${STICKY}=${upstream.port}; Path=/; HttpOnly; SameSite=Lax`,
            ];
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res);
        },
      );
      // a refused connection has sent nothing upstream: the next api may take the request
      proxied.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'ECONNREFUSED' && !res.headersSent) return attempt(i + 1);
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end();
      });
      req.pipe(proxied);
    };
    attempt(0);
  }

  private upgrade(req: IncomingMessage, client: Socket): void {
    const tries = this.order(req);
    const head = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      head.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    const attempt = (i: number): void => {
      const upstream = tries[i];
      if (!upstream) return void client.destroy();
      const server = connect(upstream.port, '127.0.0.1');
      server.once('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'ECONNREFUSED') return attempt(i + 1);
        client.destroy();
      });
      server.once('connect', () => {
        const set = this.sockets.get(upstream.port) ?? new Set<Socket>();
        this.sockets.set(upstream.port, set);
        set.add(client);
        client.once('close', () => set.delete(client));
        server.on('error', () => client.destroy());
        client.on('error', () => server.destroy());
        server.once('close', () => client.destroy());
        client.once('close', () => server.destroy());
        server.write(head.join('\r\n') + '\r\n\r\n');
        server.pipe(client).pipe(server);
      });
    };
    attempt(0);
  }
}
