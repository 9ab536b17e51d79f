import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import { static as serveStatic } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StaticFiles } from './static-files';

/** Paths the console never answers: the api, its docs and the socket.io endpoint. */
const NOT_CONSOLE = /^\/(api|socket\.io)(\/|$)/;

/**
 * Serves the built console at the root path: hashed assets cached for a year, pages
 * never cached, `/status` the staff status page, and every other client-side route
 * falling back to the console's index.html. The build's files are held in memory,
 * compressed once and tagged (`StaticFiles`); other answers are compressed as sent.
 */
export function serveConsole(app: INestApplication, configured: string | null): string | null {
  const candidates = [configured, join(process.cwd(), 'dist/apps/console')];
  const dir = candidates.find(
    (c): c is string => Boolean(c) && existsSync(join(c as string, 'index.html')),
  );
  const express = app as NestExpressApplication;
  // answers to reads are what is worth compressing; a command's answer is a few hundred
  // bytes, and wrapping its writes costs more than it saves (bench/claims: 8% of the CPU)
  const compress = compression();
  express.use((req: Request, res: Response, next: NextFunction) =>
    req.method === 'GET' || req.method === 'HEAD' ? compress(req, res, next) : next(),
  );
  if (!dir) return null;
  const files = new StaticFiles(dir);
  express.use(files.serve);
  // files written after the start (a rebuild while the api runs); never a disk look-up for the api
  const onDisk = serveStatic(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) =>
      res.setHeader(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  express.use((req: Request, res: Response, next: NextFunction) =>
    NOT_CONSOLE.test(req.path) ? next() : onDisk(req, res, next),
  );
  express.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_CONSOLE.test(req.path))
      return next();
    if (!req.accepts('html')) return next();
    const page = req.path === '/status' || req.path === '/status/' ? 'status.html' : 'index.html';
    if (files.sendPage(req, res, `/${page}`)) return;
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, page));
  });
  return dir;
}
