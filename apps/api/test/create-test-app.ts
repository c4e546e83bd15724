import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { freshDatabaseConfig } from './test-database';

export interface TestApp {
  app: INestApplication;
  /** POST /graphql; resolves to the parsed body (data and errors). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: T; errors?: GqlError[] }>;
  /** POST /graphql with extra headers (e.g. `authorization`). */
  gqlAs<T = Record<string, unknown>>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: T; errors?: GqlError[] }>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; stacktrace?: unknown };
}

/**
 * The real AppModule on a database of its own, migrated and (by default) seeded; `env` overrides
 * configuration variables (e.g. low rate limits).
 */
export async function createTestApp(
  options: { seed?: boolean; env?: Record<string, string>; config?: AppConfig } = {},
): Promise<TestApp> {
  // another app's configuration: a second instance on the same database
  const config = options.config ?? (await freshDatabaseConfig(options.env));
  const app = await createApp(config, { seedIfEmpty: options.seed ?? true, logger: ['error'] });
  await app.init();
  const http = app.getHttpServer();
  return {
    app,
    async gql(query, variables) {
      const res = await request(http)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      return res.body;
    },
    async gqlAs(headers, query, variables) {
      const res = await request(http)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set(headers)
        .send({ query, variables });
      return res.body;
    },
    close: () => app.close(),
  };
}
