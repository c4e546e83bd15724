import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { GraphQLSchema } from 'graphql';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@ncasc/config';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { AccountsService } from './accounts/accounts.service';
import { requestToken } from './accounts/request-auth';
import { type AppContext, appContexts } from './app-loaders';
import { APP_CONFIG } from './app-config';
import { CalendarModule } from './calendar/calendar.module';
import { graphQLErrorFormatter } from './common/errors/format-graphql-error';
import { fieldNamingPlugin } from './common/errors/field-naming.plugin';
import { CompiledQueries, CompiledQueriesModule } from './common/graphql/compiled-queries';
import {
  PublicAnswers,
  PublicAnswersMiddleware,
  PublicAnswersModule,
  SIGNED_IN,
  type SignedIn,
} from './common/graphql/public-response-cache';
import { queryLimits } from './common/graphql/query-limits';
import { RateLimitsModule } from './accounts/rate-limits/rate-limits.module';
import { writeLimitPlugin } from './accounts/rate-limits/write-limit.plugin';
import { WriteLimiter } from './accounts/rate-limits/write-limiter';
import { GraphQLExceptionFilter } from './common/errors/graphql-exception.filter';
import './common/graphql-enums';
import { ConferencesModule } from './conferences/conferences.module';
import { dataSourceOptions } from './database/data-source';
import { DatabaseSetupService } from './database/database-setup.service';
import { HealthController } from './health.controller';
import { PublicDataModule } from './common/cache/public-data-cache';
import { PublishedProgramme } from './sessions/published/published-programme.service';
import { FeedbackModule } from './feedback/feedback.module';
import { NotesModule } from './notes/notes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProgrammeModule } from './programme/programme.module';
import { RoundupsModule } from './roundups/roundups.module';
import { SearchModule } from './search/search.module';
import { EmbedModule } from './embed/embed.module';
import { PrintModule } from './print/print.module';
import { ScheduleExportModule } from './schedule-export/schedule-export.module';
import { SchedulesModule } from './schedules/schedules.module';
import { SessionsModule } from './sessions/sessions.module';
import { SpeakersModule } from './speakers/speakers.module';
import { TracksModule } from './tracks/tracks.module';

@Module({})
export class AppModule implements NestModule {
  /** Kept public answers are sent before Apollo runs (see public-response-cache.ts). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicAnswersMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }

  /** The whole app for one configuration (the process's, or a test's own database). */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      // the configuration is injectable everywhere (APP_CONFIG)
      global: true,
      exports: [APP_CONFIG, SIGNED_IN],
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(config)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [
            AccountsModule,
            RateLimitsModule,
            PublicAnswersModule,
            CompiledQueriesModule,
            SessionsModule,
          ],
          inject: [
            DataSource,
            AccountsService,
            WriteLimiter,
            PublicAnswers,
            CompiledQueries,
            PublishedProgramme,
          ],
          useFactory: (
            ds: DataSource,
            accounts: AccountsService,
            writeLimiter: WriteLimiter,
            answers: PublicAnswers,
            compiled: CompiledQueries,
            programme: PublishedProgramme,
          ) => {
            const limits = queryLimits();
            const contextOf = appContexts(ds, programme, answers, accounts);
            return {
              autoSchemaFile: true,
              // the root types have no decorator of their own to carry a description
              transformSchema: (schema: GraphQLSchema) => {
                const query = schema.getQueryType();
                const mutation = schema.getMutationType();
                if (query)
                  query.description =
                    'What may be read: the published programme and, signed in, your own data';
                if (mutation)
                  mutation.description =
                    'What may be changed; those for staff or organisers name the role they need';
                return schema;
              },
              sortSchema: true,
              path: '/graphql',
              // no landing page or sandbox in any environment, and no schema to read in production
              playground: false,
              introspection: config.env !== 'production',
              // a GET or a "simple" POST (form, text/plain) without a preflight-forcing header is refused,
              // so another site cannot make a signed-in browser run a mutation (Apollo's default, pinned)
              csrfPrevention: true,
              includeStacktraceInErrorResponses: false,
              formatError: graphQLErrorFormatter({ production: config.env === 'production' }),
              validationRules: limits.validationRules,
              parseOptions: limits.parseOptions,
              plugins: [
                ...limits.plugins,
                writeLimitPlugin(writeLimiter),
                fieldNamingPlugin,
                ...answers.plugins(),
                compiled.plugin(),
              ],
              context: ({ req, res }: { req: Request; res: Response }): AppContext => contextOf(req, res),
            };
          },
        }),
        PublicDataModule,
        PublicAnswersModule,
        ConferencesModule,
        SessionsModule,
        SpeakersModule,
        RoundupsModule,
        SearchModule,
        TracksModule,
        AccountsModule,
        SchedulesModule,
        NotesModule,
        FeedbackModule,
        CalendarModule,
        ProgrammeModule,
        ScheduleExportModule,
        PrintModule,
        EmbedModule,
        NotificationsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // a signed-in request's answer is never shared (the public answer cache asks)
        { provide: SIGNED_IN, useValue: ((req) => requestToken(req) !== null) satisfies SignedIn },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        DatabaseSetupService,
      ],
    };
  }
}
