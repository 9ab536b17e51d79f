import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Serves the built console (or its sources in development) at the root path. */
export function serveConsole(app: INestApplication, configured: string | null): string | null {
  const candidates = [
    configured,
    join(process.cwd(), 'dist/apps/console'),
    join(process.cwd(), 'apps/console/src'),
  ];
  const dir = candidates.find(
    (c): c is string => Boolean(c) && existsSync(join(c as string, 'index.html')),
  );
  if (dir)
    (app as NestExpressApplication).useStaticAssets(dir, {
      index: 'index.html',
      fallthrough: true,
    });
  return dir ?? null;
}
