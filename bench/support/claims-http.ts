// The claims bench's HTTP client and figures: node:http with keep-alive sockets (fetch
// costs the load generator, which shares the two cores with the api, far more CPU).
import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  body: unknown;
}

export interface Client {
  get(path: string, token: string): Promise<Answer>;
  post(path: string, token: string | null, body?: unknown): Promise<Answer>;
}

/**
 * A light HTTP client: one keep-alive socket per concurrent caller. A request whose
 * reused socket the api had just closed (keep-alive timeout on a busy machine) is sent
 * once more on a new one; every call of this bench may be repeated (a claim again by
 * the same user answers the same).
 */
export function client(base: string): Client {
  const { hostname, port } = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
  const once = (method: string, path: string, token: string | null, payload?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          agent,
          hostname,
          port,
          method,
          path: `/api/v1/${path}`,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(payload === undefined
              ? {}
              : {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(payload),
                }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    try {
      return await once(method, path, token, payload);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ECONNRESET' && !/socket hang up/.test((err as Error).message)) throw err;
      return once(method, path, token, payload);
    }
  };
  return {
    get: (path, token) => call('GET', path, token),
    post: (path, token, body) => call('POST', path, token, body),
  };
}

export async function must(p: Promise<Answer>, status: number, what: string) {
  const res = await p;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown>;
}

export const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

export const ms = (n: number) => `${n.toFixed(1)} ms`;

export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Runs `work` over `items` with at most `limit` at once. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i]);
    }),
  );
  return out;
}

/** Requests at a fixed concurrency for `seconds`: the rate and latency of an authenticated trivial GET. */
export async function floor(api: Client, tokens: string[], seconds: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token) => {
      while (performance.now() < until) {
        const t = performance.now();
        const res = await api.get('baseline', token);
        if (res.status !== 200) throw new Error(`baseline: ${res.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return { rate: latencies.length / elapsed, p50: pct(sorted, 50), p99: pct(sorted, 99) };
}
