import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { AppConfig } from './config';
import { loadConfig } from './config';

export interface DataSourceParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * The one DataSource definition: the app, the migration/seed CLIs and the tests build theirs here.
 * `synchronize` is always off; the schema comes from the committed migrations.
 */
export function buildDataSourceOptions(config: AppConfig, parts: DataSourceParts): DataSourceOptions {
  const common = {
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: config.logSql ? ('all' as const) : (['error'] as 'error'[]),
  };
  if (config.database.kind === 'sqlite') {
    return {
      ...common,
      type: 'better-sqlite3' as const,
      database: config.database.path,
      // WAL lets readers go on while a write commits; the driver also turns foreign keys on.
      enableWAL: true,
      // another process (a second instance, a backup) holding the write lock is waited for, up to 5 s
      timeout: 5000,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        // FULL: every commit is fsynced before it is acknowledged, so a saved note survives a power cut
        // or a host crash, not only a crash of the process (NORMAL's promise in WAL mode). Measured
        // here: about 0.2 ms more per commit. docs/operations.md, "Durability".
        db.pragma('synchronous = FULL');
      },
    };
  }
  const { url, schema } = config.database;
  return {
    ...common,
    type: 'postgres',
    url,
    ...(schema ? { schema } : {}),
    extra: { max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) },
  };
}

/** Column types differ between the two engines; entities and migrations ask here. */
export function instantColumnType(config: AppConfig = loadConfig()): 'datetime' | 'timestamptz' {
  return config.database.kind === 'sqlite' ? 'datetime' : 'timestamptz';
}
