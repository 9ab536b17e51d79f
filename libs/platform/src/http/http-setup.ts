import { INestApplication, Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import express, { NextFunction, Request, Response } from 'express';
import { requestContext } from '../logging/request-context';
import { problem, ValidationProblem } from './problem';
import { ProblemFilter } from './problem.filter';
import { createValidationPipe } from './validation';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Request ids, JSON/CSV/form bodies, access logs, problem+json errors and validation. */
export function configureHttp(app: INestApplication): void {
  const http = app as NestExpressApplication;
  const logger = new Logger('http');
  http.set('trust proxy', 'loopback');
  http.disable('x-powered-by');

  http.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      requestContext.run({ requestId }, () =>
        logger.log({
          msg: 'request',
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        }),
      );
    });
    requestContext.run({ requestId }, next);
  });

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
