import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AppLogger } from '../logging/app-logger';
import { requestLogging } from '../logging/request-logging';
import { problem, ValidationProblem } from './problem';
import { ProblemFilter } from './problem.filter';
import { configureSecurity } from './security-headers';
import { createValidationPipe } from './validation';

/**
 * Request ids, proxy trust, security headers and CORS (`configureSecurity`), JSON/CSV/form
 * bodies, access logs, problem+json errors and validation.
 */
export function configureHttp(app: INestApplication): void {
  const http = app as NestExpressApplication;
  http.disable('x-powered-by');

  // First, so every answer (a body parser's refusal too) has its request id and log line.
  http.use(requestLogging(app.get(AppLogger).pino));
  configureSecurity(http, app.get<AppConfig>(APP_CONFIG));

  http.use(express.json({ limit: '2mb', type: ['application/json', 'application/*+json'] }));
  http.use(express.text({ limit: '20mb', type: ['text/csv', 'text/plain'] }));
  http.use(express.urlencoded({ extended: false, limit: '1mb' }));
  // Body parser failures (malformed JSON, too large) become problem+json, never 500.
  http.use(
    (
      err: Error & { type?: string; status?: number },
      _req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (!err.type) return next(err);
      const body =
        err.type === 'entity.parse.failed'
          ? problem('malformed_json', 'The request body is not valid JSON', {
              errors: [{ field: 'body', message: err.message }],
            })
          : {
              ...problem('validation_failed', err.message, {
                errors: [{ field: 'body', message: err.message }],
              }),
              status: err.status ?? 400,
            };
      res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
    },
  );

  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(createValidationPipe());
}

export { ValidationProblem };
