import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@ncasc/config';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { AccountsService } from './accounts/accounts.service';
import { requestToken, SESSION_COOKIE } from './accounts/request-auth';
import { appContexts } from './app-loaders';
import { AppModule } from './app.module';
import { ConferencesService } from './conferences/conferences.service';
import { createValidationPipe } from './common/errors/validation-pipe';
import { CompiledQueries } from './common/graphql/compiled-queries';
import { firstInLine, putFirst, raiseBodyError } from './common/graphql/first-in-line';
import { PublicAnswers } from './common/graphql/public-response-cache';
import { bodyErrors } from './common/http/body-errors';
import { compressUnlessEncoded } from './common/http/encoded-answer';
import { securityHeaders } from './common/http/security-headers';
import { DatabaseSetupService } from './database/database-setup.service';
import { PushKeys } from './notifications/push-keys';
import { PublishedProgramme } from './sessions/published/published-programme.service';
import { serveWebClient } from './web/web-client';

export interface CreateAppOptions {
  /** Seed an empty database (default: the configuration's SEED_ON_START). */
  seedIfEmpty?: boolean;
  seedDir?: string;
  logger?: false | ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}

const LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** A programme file of 20 MB (MAX_IMPORT_CHARACTERS) with the rest of its GraphQL request. */
const SIGNED_IN_BODY_LIMIT = '21mb';
/** Anyone else's request: a query, its variables, or a delegate's notes. */
const ANONYMOUS_BODY_LIMIT = 2 ** 20;
const isJson = (req: IncomingMessage) =>
  /^application\/(.+\+)?json\b/i.test(req.headers['content-type'] ?? '');
/** A bearer token or the session cookie (checked later, by the resolver): cookies are not parsed yet. */
const carriesCredentials = (req: IncomingMessage) =>
  /^Bearer\s+\S+$/i.test(req.headers.authorization ?? '') ||
  (req.headers.cookie ?? '').split(/;\s*/).some((c) => c.startsWith(`${SESSION_COOKIE}=`));
/** Whether a request might be signed in, told before its cookies are parsed (erring towards yes). */
const mayBeSignedIn = (req: IncomingMessage) =>
  req.headers.authorization !== undefined || (req.headers.cookie ?? '').includes(SESSION_COOKIE);

/** Builds the app, migrates (and on first start seeds) its database; used by main.ts, the CLIs and tests. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? [...LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1)],
    // JSON only (below): nothing here takes forms, and Apollo refuses them as possible CSRF anyway
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // no ETag hashed over every answer: GraphQL answers are POSTs (never asked for conditionally), and the
  // files that are polled (calendars, exports) carry their own (common/http/conditional.ts); index.html
  // is revalidated by its Last-Modified
  app.disable('etag');
  const security = securityHeaders(config);
  const anonymousJson = json({ limit: ANONYMOUS_BODY_LIMIT });
  const cookies = cookieParser();
  // kept public answers and compiled signed-in queries go out before Express sees the request
  // (common/graphql/first-in-line.ts)
  const answers = app.get(PublicAnswers);
  const accounts = app.get(AccountsService);
  putFirst(
    app.getHttpServer(),
    firstInLine({
      answers,
      compiled: app.get(CompiledQueries),
      context: appContexts(app.get(DataSource), app.get(PublishedProgramme), answers, accounts),
      mayBeSignedIn,
      token: requestToken,
      json: anonymousJson,
      cookies,
      limitBytes: ANONYMOUS_BODY_LIMIT,
      securityHeaders: security,
    }),
  );
  app.use(security);
  // gzip for clients that ask (the web client's first load on a slow 3G link: 5.1 s plain, 2.65 s gzipped)
  // (answers kept per programme version are compressed once and sent as kept: common/http/encoded-answer.ts)
  app.use(compression({ filter: compressUnlessEncoded }));
  // the client's address (rate limits) comes from X-Forwarded-For only through trusted proxies
  app.set('trust proxy', config.trustProxy);
  // a bigger body is answered 413 before it is read any further; an unreadable one 400 (JSON errors)
  // a signed-in request (an organiser's programme import) may be bigger; the resolver checks the role
  app.useBodyParser('json', {
    limit: SIGNED_IN_BODY_LIMIT,
    type: (req: IncomingMessage) => isJson(req) && carriesCredentials(req),
  });
  app.use(raiseBodyError);
  app.use(anonymousJson);
  app.use(bodyErrors);
  app.use(cookies);
  app.useGlobalPipes(createValidationPipe());
  // SIGTERM/SIGINT/SIGHUP: stop accepting, let requests under way finish (Apollo's drain plugin, up to 10 s),
  // close the database, then exit 0
  app.enableShutdownHooks(['SIGTERM', 'SIGINT', 'SIGHUP'], { useProcessExit: true });
  const setup = app.get(DatabaseSetupService);
  // one instance at a time: several may start together on one PostgreSQL database
  await setup.exclusively(async () => {
    await setup.prepare({
      seedIfEmpty: options.seedIfEmpty ?? config.seedOnStart,
      seedDir: options.seedDir ?? config.seedDataDir,
    });
    await accounts.onDatabaseReady();
    await app.get(PushKeys).onDatabaseReady();
  });
  const conferences = app.get(ConferencesService);
  serveWebClient(app, config.webDistDir, async (slug) => (await conferences.findBySlug(slug)) !== null);
  return app;
}
