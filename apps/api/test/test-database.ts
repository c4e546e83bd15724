import { type AppConfig, buildConfig } from '@ncasc/config';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';

const createdSchemas: { url: string; schema: string }[] = [];

async function onPostgres(url: string, sql: string): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url });
  await admin.initialize();
  await admin.query(sql);
  await admin.destroy();
}

/** Drops the PostgreSQL schemas this test file made (test/cleanup.ts calls it after the file). */
export async function dropTestSchemas(): Promise<void> {
  for (const { url, schema } of createdSchemas.splice(0))
    await onPostgres(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

/**
 * A configuration with a database of its own: a new SQLite file beside the one test/setup-env.ts
 * chose, or (with TEST_POSTGRES_URL) a new schema on that PostgreSQL server, so that test files never
 * see each other's rows.
 */
export async function freshDatabaseConfig(overrides: Record<string, string> = {}): Promise<AppConfig> {
  const base = buildConfig(process.env);
  if (base.database.kind === 'sqlite') {
    const path = base.database.path.replace(/[^/]+\.sqlite$/, `${randomUUID()}.sqlite`);
    return buildConfig({ ...process.env, DATABASE_URL: `sqlite:${path}`, ...overrides });
  }
  const schema = `t_${randomUUID().replace(/-/g, '')}`;
  await onPostgres(base.database.url, `CREATE SCHEMA ${schema}`);
  createdSchemas.push({ url: base.database.url, schema });
  const url = new URL(base.database.url);
  url.searchParams.set('schema', schema);
  return buildConfig({ ...process.env, DATABASE_URL: url.toString(), ...overrides });
}

/** A fresh, migrated database (no app) for tests of the schema and the seeder. */
export async function createTestDatabase(): Promise<DataSource> {
  // no query logging: some tests provoke database errors on purpose
  const ds = new DataSource({ ...dataSourceOptions(await freshDatabaseConfig()), logging: false });
  await ds.initialize();
  await ds.runMigrations();
  return ds;
}
