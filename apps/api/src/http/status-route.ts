import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { sendStatus, StatusService } from '@cordon/live';

/**
 * `GET /api/v1/status` answered by Express ahead of Nest's router, as the console's files
 * are: on the worst day the whole council reads it at once, and the answer is kept bytes
 * (`StatusService`), so Nest's route, guards and filters around them were most of its cost
 * (bench/status-crowd: 0.63–0.85 of a static file at 1,000–5,000 connections before). The
 * middleware before it still apply (metrics, request id and log line, security headers).
 * When the snapshot cannot be made the request goes on to `StatusController`, which
 * answers the same way or with its problem+json (503 while PostgreSQL is away).
 */
export function answerStatusAhead(app: INestApplication): void {
  const status = app.get(StatusService);
  const express = (app as NestExpressApplication).getHttpAdapter().getInstance() as {
    get: (path: string, handler: (req: Request, res: Response, next: NextFunction) => void) => void;
  };
  express.get('/api/v1/status', (req, res, next) => {
    status.snapshot().then(
      (snapshot) => sendStatus(req, res, snapshot),
      () => next(),
    );
  });
}
