import type { Problem } from './types';
import { ApiProblem } from './problem';

/** The signed-in session's token; set by the session provider. */
let token: string | null = null;
let onUnauthorized: () => void = () => undefined;

export function setApiToken(next: string | null, unauthorized?: () => void): void {
  token = next;
  if (unauthorized) onUnauthorized = unauthorized;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined | null | string[]>;
  signal?: AbortSignal;
}

function url(path: string, query?: CallOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const qs = params.toString();
  return `/api/v1/${path.replace(/^\//, '')}${qs ? `?${qs}` : ''}`;
}

/** One call to the api: JSON in, JSON out, refusals thrown as ApiProblem with the api's words. */
export async function call<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (typeof options.body === 'string') body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(url(path, options.query), { method, headers, body, signal: options.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiProblem(0, {
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'Cordon cannot be reached. Check your connection and try again.',
      code: 'unavailable',
    });
  }
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const problem = (json as Problem | undefined) ?? {
      type: 'about:blank',
      title: res.statusText,
      status: res.status,
      detail: res.statusText,
      code: 'internal',
    };
    const retryAfter = res.headers.get('retry-after');
    if (retryAfter && problem.retryAfterSeconds === undefined)
      problem.retryAfterSeconds = Number(retryAfter);
    if (res.status === 401 && token && problem.code === 'unauthorized') onUnauthorized();
    throw new ApiProblem(res.status, problem);
  }
  return json as T;
}

/**
 * A file from the api (an export, a pack) with the session's token, saved by the browser
 * under the name the api gave it: fetch → blob → a temporary link, since a plain link
 * cannot carry the bearer token.
 */
export async function download(path: string, query?: CallOptions['query']): Promise<string> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const res = await fetch(url(path, query), { headers });
  if (!res.ok) {
    const text = await res.text();
    const problem = text ? (JSON.parse(text) as Problem) : undefined;
    throw new ApiProblem(
      res.status,
      problem ?? {
        type: 'about:blank',
        title: res.statusText,
        status: res.status,
        detail: res.statusText,
        code: 'internal',
      },
    );
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  const href = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return filename;
}

/** A text answer (a printable page, Markdown) with the session's token; refusals as ApiProblem. */
export async function fetchText(path: string, query?: CallOptions['query']): Promise<string> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const res = await fetch(url(path, query), { headers });
  const text = await res.text();
  if (res.ok) return text;
  const problem = text.startsWith('{') ? (JSON.parse(text) as Problem) : undefined;
  throw new ApiProblem(
    res.status,
    problem ?? {
      type: 'about:blank',
      title: res.statusText,
      status: res.status,
      detail: res.statusText,
      code: 'internal',
    },
  );
}

export const api = {
  get: <T>(path: string, query?: CallOptions['query']) => call<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    call<T>('POST', path, { body: body ?? {}, headers }),
  put: <T>(path: string, body?: unknown) => call<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => call<T>('PATCH', path, { body }),
};
