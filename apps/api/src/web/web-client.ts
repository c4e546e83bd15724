import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';

/** Paths the server answers itself; every other GET for a page gets the web client's index.html. */
const SERVER_PATHS = /^\/(graphql|healthz|calendar|schedule|exports|print|embed|assets)(\/|$)/;

export function defaultWebDistDir(): string {
  // apps/api/dist/web → apps/web/dist (built app) and apps/api/src/web → apps/web/dist (tests)
  return resolve(__dirname, '..', '..', '..', 'web', 'dist');
}

/**
 * Serves the built web client from the API's port: hashed assets with a year's cache, and index.html
 * (never cached) for the client's routes (/conferences/ncasc-2018, /sessions/:id…).
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
    res.sendFile(index);
  });
  return true;
}
