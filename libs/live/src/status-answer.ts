import type { Request, Response } from 'express';
import type { StatusSnapshot } from './status-snapshot';

/**
 * Sends a status snapshot as it is: 304 when the reader's If-None-Match names it, the
 * gzip body when the reader accepts gzip, else the plain JSON. Public and the same for
 * everyone: a few seconds in a shared cache spare the api on the worst day.
 */
export function sendStatus(req: Request, res: Response, snapshot: StatusSnapshot): void {
  res.setHeader('Cache-Control', 'public, max-age=5');
  res.setHeader('ETag', snapshot.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  const tags = req.headers['if-none-match'];
  if (tags && (tags === '*' || tags.split(/\s*,\s*/).some((t) => sameTag(t, snapshot.etag)))) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  const body = gzip ? snapshot.gzip : snapshot.body;
  res.setHeader('Content-Length', body.length);
  res.status(200).end(req.method === 'HEAD' ? undefined : body);
}

/** Weak comparison (RFC 9110 13.1.2): a proxy may have weakened the tag. */
const sameTag = (candidate: string, etag: string) => candidate.replace(/^W\//, '') === etag;
