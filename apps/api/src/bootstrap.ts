import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@ncasc/config';
import cookieParser from 'cookie-parser';
import { AccountsService } from './accounts/accounts.service';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/errors/validation-pipe';
import { DatabaseSetupService } from './database/database-setup.service';
import { serveWebClient } from './web/web-client';

export interface CreateAppOptions {
  /** Seed an empty database (default: the configuration's SEED_ON_START). */
  seedIfEmpty?: boolean;
  seedDir?: string;
  logger?: false | ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}

const LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Builds the app, migrates (and on first start seeds) its database; used by main.ts, the CLIs and tests. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? [...LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1)],
    bodyParser: true,
  });
  app.disable('x-powered-by');
  // the client's address (sign-in limits) comes from X-Forwarded-For only through trusted proxies
  app.set('trust proxy', config.trustProxy);
  app.useBodyParser('json', { limit: '1mb' });
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  await app.get(DatabaseSetupService).prepare({
    seedIfEmpty: options.seedIfEmpty ?? config.seedOnStart,
    seedDir: options.seedDir ?? config.seedDataDir,
  });
  await app.get(AccountsService).onDatabaseReady();
  serveWebClient(app, config.webDistDir);
  return app;
}
