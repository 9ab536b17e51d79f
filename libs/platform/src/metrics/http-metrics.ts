import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Metrics } from './metrics';

/**
 * Times every answer into `cordon_http_request_duration_seconds`, labelled with the
 * route template Express matched (`/api/v1/incidents/:id`, never the id itself), or
 * `unmatched` (404s, the console's files, a body parser's refusal), so that labels stay few.
 * Installed first, so refusals made before routing are timed too.
 */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!metrics.enabled) return next();
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const path = (req.route as { path?: unknown } | undefined)?.path;
      end({
        route: typeof path === 'string' ? path : 'unmatched',
        method: req.method,
        status_class: `${Math.floor(res.statusCode / 100)}xx`,
      });
    });
    next();
  };
}
