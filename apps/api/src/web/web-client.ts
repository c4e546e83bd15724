import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { matchRoute } from '@ncasc/shared';

/** Paths the server answers itself; every other GET for a page gets the web client's index.html. */
const SERVER_PATHS = /^\/(graphql|healthz|calendar|schedule|exports|print|embed|assets)(\/|$)/;

export function defaultWebDistDir(): string {
  // apps/api/dist/web → apps/web/dist (built app) and apps/api/src/web → apps/web/dist (tests)
  return resolve(__dirname, '..', '..', '..', 'web', 'dist');
}

/** Whether the web client has a page at this path (libs/shared/src/routes.ts, the client's own router). */
export function isWebPage(path: string): boolean {
  try {
    return matchRoute(path).page !== 'not-found';
  } catch {
    return false; // a malformed escape (%E0%A4%A) names no page
  }
}

/**
 * Serves the built web client from the API's port: hashed assets with a year's cache, and index.html
 * (never cached) for the client's routes (/conferences/ncasc-2018, /sessions/:id…) with 200, and for
 * any other path with 404: the client then shows its "not found" page, and crawlers and link checkers
 * learn that nothing is there.
 */
export function serveWebClient(app: NestExpressApplication, dir = defaultWebDistDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`no web client at ${dir}: run \`npm run build\` (the API still serves /graphql)`);
    return false;
  }
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      SERVER_PATHS.test(req.path) ||
      !req.accepts('html')
    )
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.status(isWebPage(req.path) ? 200 : 404);
    res.sendFile(index);
  });
  return true;
}
