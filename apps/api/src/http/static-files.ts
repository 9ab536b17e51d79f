import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);
/** Below this, gzip's header costs about what it saves. */
const GZIP_FROM_BYTES = 1024;
/** How often a file is looked at again on disk (a rebuild while the api runs). */
const RECHECK_MS = 1_000;

interface StaticFile {
  path: string;
  type: string;
  cacheControl: string;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  mtimeMs: number;
  checkedAt: number;
}

function load(path: string, cacheControl: string): StaticFile {
  const body = readFileSync(path);
  const ext = extname(path);
  const gzip = COMPRESSIBLE.has(ext) && body.length >= GZIP_FROM_BYTES ? gzipSync(body) : null;
  return {
    path,
    type: TYPES[ext] ?? 'application/octet-stream',
    cacheControl,
    body,
    gzip: gzip && gzip.length < body.length ? gzip : null,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    mtimeMs: statSync(path).mtimeMs,
    checkedAt: Date.now(),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

/**
 * The console's build held in memory, each file compressed once and tagged by its
 * content: a reader costs a map lookup and a write, never a disk read or a gzip, and
 * If-None-Match answers 304. Hashed assets are cached for a year, pages (`no-cache`)
 * are revalidated. A file changed on disk is read again (looked at once a second);
 * files that appear after the start are left to the next handler.
 */
export class StaticFiles {
  private readonly files = new Map<string, StaticFile>();

  constructor(dir: string) {
    for (const path of walk(dir)) {
      const url = '/' + relative(dir, path).split(sep).join('/');
      const immutable = url.startsWith('/assets/');
      this.files.set(
        url,
        load(path, immutable ? 'public, max-age=31536000, immutable' : 'no-cache'),
      );
    }
  }

  /** Express middleware answering the files it holds by their URL path. */
  readonly serve = (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = this.get(req.path);
    if (!file) return next();
    this.send(req, res, file);
  };

  /** Sends one file the cache holds by its path in the build (`/status.html`). */
  sendPage(req: Request, res: Response, urlPath: string): boolean {
    const file = this.get(urlPath);
    if (!file) return false;
    this.send(req, res, file);
    return true;
  }

  private get(urlPath: string): StaticFile | undefined {
    const file = this.files.get(urlPath);
    if (!file || Date.now() - file.checkedAt < RECHECK_MS) return file;
    file.checkedAt = Date.now();
    try {
      if (statSync(file.path).mtimeMs === file.mtimeMs) return file;
      const fresh = load(file.path, file.cacheControl);
      this.files.set(urlPath, fresh);
      return fresh;
    } catch {
      this.files.delete(urlPath);
      return undefined;
    }
  }

  private send(req: Request, res: Response, file: StaticFile): void {
    res.setHeader('Cache-Control', file.cacheControl);
    res.setHeader('ETag', file.etag);
    if (file.gzip) res.setHeader('Vary', 'Accept-Encoding');
    const tags = req.headers['if-none-match'];
    if (tags && tags.split(/\s*,\s*/).some((t) => t.replace(/^W\//, '') === file.etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', file.type);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? file.gzip : null;
    const body = gzip ?? file.body;
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', body.length);
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
