import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import type { FieldError } from '@cordon/contracts';
import { problem } from './problem';

/**
 * What any request may carry, whatever the route (docs/hostile-input.md). The routes' own
 * DTOs narrow these further (MaxLength, ArrayMaxSize, Max).
 */
export const INPUT_LIMITS = {
  /** JSON bodies (application/json, application/*+json). */
  jsonBody: '2mb',
  /** CSV and plain text bodies (the importers). */
  textBody: '20mb',
  /** Form bodies (the acknowledgement page's POST). */
  formBody: '100kb',
  /** Objects and arrays inside objects and arrays, the body itself being level 1. */
  depth: 32,
  /** Characters in any one JSON string (a field's own MaxLength is usually far lower). */
  stringLength: 100_000,
} as const;

/** Media types a body may have; any other (with a body) is 415. */
const ACCEPTED = [
  'application/json',
  'application/*+json',
  'text/csv',
  'text/plain',
  'application/x-www-form-urlencoded',
];

/** A NUL or a UTF-16 surrogate without its pair: PostgreSQL text refuses both. */
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function unstorable(text: string): string | null {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  return found[0] === '\u0000'
    ? 'must not contain a NUL character'
    : 'must not contain a lone UTF-16 surrogate';
}

function send(res: Response, body: ReturnType<typeof problem>): void {
  res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

function refuse(res: Response, errors: FieldError[]): void {
  send(
    res,
    problem('validation_failed', `Invalid ${[...new Set(errors.map((e) => e.field))].join(', ')}`, {
      errors,
    }),
  );
}

/** 415 before parsing for a body whose media type no route reads. */
export function mediaTypeGate(req: Request, res: Response, next: NextFunction): void {
  const length = req.headers['content-length'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || (length && length !== '0');
  if (!hasBody || ['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next();
  const type = req.headers['content-type'];
  if (type && req.is(ACCEPTED)) return next();
  send(
    res,
    problem('unsupported_media_type', `A body of type ${type ?? '(none)'} is not accepted`, {
      errors: [{ field: 'Content-Type', message: `must be one of ${ACCEPTED.join(', ')}` }],
    }),
  );
}

/** Body parser failures: 413 too large, 415 unknown encoding or charset, 400 otherwise. */
export function bodyParserErrors(
  err: Error & { type?: string; status?: number; code?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  // body-parser's own errors carry a type; a zlib stream's failure (gzip header on a body
  // that is not gzip) only its 400 status
  const status = err.status ?? 0;
  if (!err.type && !(status >= 400 && status < 500)) return next(err);
  const field = { field: 'body', message: err.message };
  if (err.type === 'entity.too.large')
    return send(
      res,
      problem('payload_too_large', `The request body is larger than this route accepts`, {
        errors: [field],
      }),
    );
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported')
    return send(
      res,
      problem('unsupported_media_type', err.message, {
        errors: [{ field: 'Content-Encoding', message: err.message }],
      }),
    );
  if (err.type === 'entity.parse.failed')
    return send(
      res,
      problem('malformed_json', 'The request body is not valid JSON', { errors: [field] }),
    );
  send(
    res,
    problem('validation_failed', 'The request body could not be read', {
      errors: [{ field: err.type ? 'body' : 'Content-Encoding', message: err.message }],
    }),
  );
}

/** The first unstorable string, too deep a nesting or too long a string in a parsed value. */
export function inspect(value: unknown, root: string): FieldError | null {
  const stack: [unknown, string, number][] = [[value, root, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, path, depth] = next;
    if (typeof item === 'string') {
      const why = unstorable(item);
      if (why) return { field: path, message: why };
      if (item.length > INPUT_LIMITS.stringLength)
        return { field: path, message: `must be at most ${INPUT_LIMITS.stringLength} characters` };
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    if (depth > INPUT_LIMITS.depth)
      return { field: root, message: `must not nest deeper than ${INPUT_LIMITS.depth} levels` };
    for (const [key, child] of Object.entries(item)) {
      const field = path ? `${path}.${key}` : key;
      const why = unstorable(key);
      if (why) return { field: path || root, message: `has a field name that ${why}` };
      stack.push([child, field, depth + 1]);
    }
  }
  return null;
}

/** A text body (CSV): the first line holding a NUL or a lone surrogate, by line number. */
function inspectText(text: string): FieldError | null {
  if (!UNSTORABLE.test(text)) return null;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const why = unstorable(lines[i]);
    if (why) return { field: `line ${i + 1}`, message: why };
  }
  return { field: 'body', message: 'must not contain a NUL character or a lone surrogate' };
}

function decodedPath(req: Request): string | null {
  try {
    return decodeURIComponent(req.path);
  } catch {
    return null;
  }
}

/**
 * After the body parsers: refuses, 400 naming the field, any value PostgreSQL cannot store
 * (NUL, lone surrogates) or that nests too deep, in the path, the query string or the body.
 */
export function hostileInputGuard(req: Request, res: Response, next: NextFunction): void {
  const path = decodedPath(req);
  if (path === null)
    return refuse(res, [{ field: 'path', message: 'is not valid percent-encoding' }]);
  const inPath = unstorable(path);
  if (inPath) return refuse(res, [{ field: 'path', message: inPath }]);
  const found =
    inspect(req.query, '') ??
    (typeof req.body === 'string' ? inspectText(req.body) : inspect(req.body, ''));
  if (found) return refuse(res, [{ ...found, field: found.field || 'body' }]);
  next();
}

/**
 * Node's own refusals before any middleware (headers or query string over 16 KB: 431;
 * a request line it cannot parse: 400), answered as problem+json instead of a bare status.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      ...problem(
        'validation_failed',
        tooLarge ? 'The request headers or URL are too large' : 'The request could not be parsed',
      ),
      ...(tooLarge ? { status: 431 } : {}),
    });
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
