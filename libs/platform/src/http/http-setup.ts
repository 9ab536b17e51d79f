import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AppLogger } from '../logging/app-logger';
import { requestLogging } from '../logging/request-logging';
import {
  answerClientErrors,
  bodyParserErrors,
  hostileInputGuard,
  INPUT_LIMITS,
  mediaTypeGate,
} from './hostile-input';
import { ValidationProblem } from './problem';
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

  answerClientErrors(http.getHttpServer());
  http.use(mediaTypeGate);
  const json = ['application/json', 'application/*+json'];
  http.use(express.json({ limit: INPUT_LIMITS.jsonBody, type: json }));
  http.use(express.text({ limit: INPUT_LIMITS.textBody, type: ['text/csv', 'text/plain'] }));
  http.use(express.urlencoded({ extended: false, limit: INPUT_LIMITS.formBody }));
  // Body parser failures (malformed JSON, too large, a bad gzip) become problem+json, never 500.
  http.use(bodyParserErrors);
  // NUL bytes, lone surrogates and deep nesting anywhere in the request: 400 naming the field.
  http.use(hostileInputGuard);

  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(createValidationPipe());
}

export { ValidationProblem };
