import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { StatusView } from '@cordon/contracts';

/** One status answer, ready to send to any number of readers without more work. */
export interface StatusSnapshot {
  view: StatusView;
  /** What staff see (the view without its time): equal keys, nothing to tell anyone. */
  key: string;
  /** The JSON body. */
  body: Buffer;
  /** The same, gzip-compressed once. */
  gzip: Buffer;
  /** A strong tag of the body, for If-None-Match. */
  etag: string;
}

/**
 * Serialises, compresses and tags a view once. When `previous` says the same to staff,
 * it is kept as it is (its time included), so a reader's ETag stays valid across
 * reads that found nothing new (a broadcast's progress events, the 30 s re-read).
 */
export function toSnapshot(view: StatusView, previous?: StatusSnapshot | null): StatusSnapshot {
  const key = JSON.stringify([view.incidents, view.sites]);
  if (previous && previous.key === key) return previous;
  const body = Buffer.from(JSON.stringify(view));
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { view, key, body, gzip: gzipSync(body), etag };
}
