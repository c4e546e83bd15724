import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@ncasc/config';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { AccountsService } from './accounts/accounts.service';
import { RequestAuth } from './accounts/request-auth';
import { APP_CONFIG } from './app-config';
import { CalendarModule } from './calendar/calendar.module';
import { Loaders } from './common/dataloaders/loaders';
import { formatGraphQLError } from './common/errors/format-graphql-error';
import { fieldNamingPlugin } from './common/errors/field-naming.plugin';
import { GraphQLExceptionFilter } from './common/errors/graphql-exception.filter';
import './common/graphql-enums';
import type { GraphQLContext } from './common/graphql-context';
import { ConferencesModule } from './conferences/conferences.module';
import { dataSourceOptions } from './database/data-source';
import { DatabaseSetupService } from './database/database-setup.service';
import { HealthController } from './health.controller';
import { NotesModule } from './notes/notes.module';
import { ProgrammeModule } from './programme/programme.module';
import { RoundupsModule } from './roundups/roundups.module';
import { ScheduleExportModule } from './schedule-export/schedule-export.module';
import { SchedulesModule } from './schedules/schedules.module';
import { SessionsModule } from './sessions/sessions.module';
import { SpeakersModule } from './speakers/speakers.module';
import { TracksModule } from './tracks/tracks.module';

@Module({})
export class AppModule {
  /** The whole app for one configuration (the process's, or a test's own database). */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      // the configuration is injectable everywhere (APP_CONFIG)
      global: true,
      exports: [APP_CONFIG],
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(config)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccountsModule],
          inject: [DataSource, AccountsService],
          useFactory: (ds: DataSource, accounts: AccountsService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            introspection: config.env !== 'production',
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphQLError,
            plugins: [fieldNamingPlugin],
            context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({
              req,
              res,
              loaders: new Loaders(ds),
              auth: new RequestAuth(req, accounts),
            }),
          }),
        }),
        ConferencesModule,
        SessionsModule,
        SpeakersModule,
        RoundupsModule,
        TracksModule,
        AccountsModule,
        SchedulesModule,
        NotesModule,
        CalendarModule,
        ProgrammeModule,
        ScheduleExportModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        DatabaseSetupService,
      ],
    };
  }
}
