import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { matchRoute, type Route } from '@ncasc/shared';

/** The first segments of the paths the server answers itself, none of which the web client has files under… */
const SERVER_ONLY = ['graphql', 'healthz', 'calendar', 'schedule', 'exports', 'print'];
/** …and those under which it has (`embed/schedule.js`, `assets/`). */
const SERVER_AND_FILES = ['embed', 'assets'];
const under = (segments: string[]) => new RegExp(`^/(${segments.join('|')})(/|$)`);

/** Paths the server answers itself; every other GET for a page gets the web client's index.html. */
const SERVER_PATHS = under([...SERVER_ONLY, ...SERVER_AND_FILES]);

/**
 * Those of them under which the web client has no file: a calendar feed or a printed programme is not
 * looked for on disk first (a stat per request, 8 % of a personal feed's time).
 */
const NO_FILES_UNDER = under(SERVER_ONLY);

export function defaultWebDistDir(): string {
  // apps/api/dist/web → apps/web/dist (built app) and apps/api/src/web → apps/web/dist (tests)
  return resolve(__dirname, '..', '..', '..', 'web', 'dist');
}

/** A conference's public pages: for a slug no published conference has, they answer 404. */
const PUBLIC_CONFERENCE_PAGES = new Set<Route['page']>(['agenda', 'now', 'roundups']);

/** Whether a published conference has this slug (given by the app root: this file knows no domain). */
export type ConferenceExists = (slug: string) => Promise<boolean>;

/**
 * The status the app shell is sent with at this path: 200 for a page of the web client's router
 * (libs/shared/src/routes.ts, the client's own), 404 for a path that names none, and 404 for a
 * conference's public page whose conference is not published (or does not exist). Organisers' pages
 * of an unpublished edition answer 200 (the shell shows them to whoever may see them).
 */
export async function webPageStatus(path: string, conferenceExists?: ConferenceExists): Promise<200 | 404> {
  let route: Route;
  try {
    route = matchRoute(path);
  } catch {
    return 404; // a malformed escape (%E0%A4%A) names no page
  }
  if (route.page === 'not-found') return 404;
  if (conferenceExists && PUBLIC_CONFERENCE_PAGES.has(route.page) && 'slug' in route)
    return (await conferenceExists(route.slug)) ? 200 : 404;
  return 200;
}

/**
 * Serves the built web client from the API's port: hashed assets with a year's cache, and index.html
 * (never cached) for the client's routes (/conferences/ncasc-2018, /sessions/:id…) with 200, and for
 * any other path (or an unknown conference's page) with 404 (webPageStatus): the client then shows
 * its "not found" page, and crawlers and link checkers learn that nothing is there.
 */
export function serveWebClient(
  app: NestExpressApplication,
  dir = defaultWebDistDir(),
  conferenceExists?: ConferenceExists,
): boolean {
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
  const files = express.static(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (NO_FILES_UNDER.test(req.path)) next();
    else void files(req, res, next);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      SERVER_PATHS.test(req.path) ||
      !req.accepts('html')
    )
      return next();
    webPageStatus(req.path, conferenceExists).then((status) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.status(status);
      res.sendFile(index);
    }, next);
  });
  return true;
}
