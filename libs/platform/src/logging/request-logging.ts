import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pino from 'pino';
import { pinoHttp } from 'pino-http';
import { loggableHeaders, loggablePath } from './log-redaction';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** A well-formed incoming X-Request-Id is kept, otherwise a new one; echoed on the answer. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * pino-http: one line per request when its answer is sent (`msg: "request"`, method,
 * path without query and tokens, headers with secrets redacted and the Referer cut to
 * its path, status, ms), and
 * `req.log`, the request's child logger carrying `requestId`, which nestjs-pino's
 * LoggerModule (`useExisting`) hands to every log line written during the request.
 */
export function requestLogging(logger: pino.Logger): RequestHandler {
  return pinoHttp({
    logger,
    // the access line is written at info: below that level, skip the work of preparing it
    autoLogging: logger.isLevelEnabled('info'),
    genReqId: requestId,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'ms' },
    customLogLevel: () => 'info',
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    serializers: {
      req: (req: { method: string; url: string; headers: Record<string, unknown> }) => ({
        method: req.method,
        path: loggablePath(req.url),
        headers: loggableHeaders(req.headers),
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  }) as unknown as RequestHandler;
}
