import type { IncomingMessage } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/config';
import { inlineStyleSources } from './inline-styles';

/**
 * The Content-Security-Policy of every answer (docs/security.md): everything from the
 * api's own origin, no inline script anywhere, inline styles only those declared with
 * `cspInlineStyle` (by hash), nothing may frame Cordon.
 */
type Directive = (string | ((req: IncomingMessage) => string))[];

const API_DOCS = /^\/api\/docs(\/|$)/;

export function cspDirectives(config: AppConfig): Record<string, Directive> {
  const directives: Record<string, Directive> = {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // A function is read on every answer: styles declared after start count too. Swagger
    // UI's page (static, no data of ours) has a style attribute and <style> blocks of its
    // own: that path alone allows inline styles.
    'style-src': [
      "'self'",
      (req) =>
        API_DOCS.test((req as { url?: string }).url ?? '')
          ? "'unsafe-inline'"
          : inlineStyleSources().join(' '),
    ],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-src': ["'self'"],
  };
  if (config.security.hstsMaxAgeSeconds) directives['upgrade-insecure-requests'] = [];
  return directives;
}

/**
 * Proxy trust, security headers (helmet), CORS from CORS_ORIGINS (none by default) and
 * `Cache-Control: no-store` on every /api answer that does not say otherwise (the login
 * answer and personal data never sit in a cache; the public status sets its own).
 */
export function configureSecurity(http: NestExpressApplication, config: AppConfig): void {
  http.set('trust proxy', config.security.trustProxy);
  http.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(config) },
      crossOriginEmbedderPolicy: false,
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: config.security.hstsMaxAgeSeconds
        ? { maxAge: config.security.hstsMaxAgeSeconds, includeSubDomains: false }
        : false,
      xFrameOptions: { action: 'deny' },
    }),
  );
  if (config.security.corsOrigins.length > 0) {
    http.enableCors({
      origin: config.security.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
      exposedHeaders: ['X-Request-Id', 'Retry-After', 'Content-Disposition'],
      credentials: false,
      maxAge: 600,
    });
  }
  http.use((req: Request, res: Response, next: NextFunction) => {
    if (/^\/api(\/|$)/.test(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  });
}
