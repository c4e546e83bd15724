import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, types } from 'pg';

export type Engine = 'sqlite' | 'postgres';

/**
 * The engine this run of the suite uses: SQLite (a new file per app), or, with TEST_DATABASE=postgres,
 * the PostgreSQL server at TEST_POSTGRES_URL (a new schema per app). e2e/package.json's `e2e` script
 * runs the suite on SQLite and then, when TEST_POSTGRES_URL is set, again on PostgreSQL.
 */
export const ENGINE: Engine = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

function postgresServer(): string {
  const url = process.env.TEST_POSTGRES_URL;
  // never fall back to SQLite silently: a "PostgreSQL run" that did not use PostgreSQL would prove nothing
  if (!url) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL (postgres://user@host:port/db)');
  return url;
}

/** A value as the app stores it: instants as UTC text on SQLite (TypeORM's format), booleans as 0/1. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** `?` placeholders (outside quotes) as PostgreSQL's `$1`, `$2`… */
function numberedPlaceholders(text: string): string {
  let n = 0;
  let quote: string | null = null;
  let out = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === '?') {
      out += `$${++n}`;
      continue;
    }
    out += ch;
  }
  return out;
}

const INT8 = 20;
const NUMERIC = 1700;

interface DatabaseAccess {
  /** DATABASE_URL for the app and its command-line tools. */
  readonly url: string;
  /**
   * Runs one statement written with `?` placeholders on either engine and answers its rows (none for a
   * write). Pass instants as Date objects: they are stored as the app stores them (timestamptz on
   * PostgreSQL, UTC text on SQLite). Counts come back as numbers on both engines. Rows read back keep
   * each engine's own types (a Date or text for an instant, true or 1 for a boolean); pass them back as
   * they are.
   */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Closes the connection sql() opened (the PostgreSQL one; SQLite's is opened per statement). */
  close(): Promise<void>;
  /** Closes and deletes the database: drops the PostgreSQL schema (SQLite files stay in the temp dir). */
  drop(): Promise<void>;
}

/**
 * An app's database, for the tests that read or change rows directly, as an organiser's tool would:
 * a SQLite file (`path`), or a schema of its own on the PostgreSQL server.
 */
export type TestDatabase =
  | (DatabaseAccess & { readonly engine: 'sqlite'; readonly path: string })
  | (DatabaseAccess & { readonly engine: 'postgres'; readonly path: undefined });

function sqliteDatabase(): TestDatabase {
  const path = join(mkdtempSync(join(tmpdir(), 'ncasc-e2e-')), 'programme.sqlite');
  return {
    engine: 'sqlite',
    url: `sqlite:${path}`,
    path,
    sql<T>(text: string, params: unknown[] = []) {
      // a connection per statement: none is left open to keep the app's write-ahead log alive
      const db = new Database(path, { fileMustExist: true, timeout: 5000 });
      try {
        const statement = db.prepare(text);
        const values = params.map(sqliteValue);
        if (statement.reader) return Promise.resolve(statement.all(...values) as T[]);
        statement.run(...values);
        return Promise.resolve([]);
      } finally {
        db.close();
      }
    },
    close: () => Promise.resolve(),
    drop: () => Promise.resolve(),
  };
}

async function postgresDatabase(): Promise<TestDatabase> {
  const server = postgresServer();
  // a lower-case SQL identifier, as DATABASE_URL's ?schema= requires
  const schema = `e2e_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: server, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.searchParams.set('schema', schema);

  let client: Promise<Client> | undefined;
  const connect = () =>
    (client ??= (async () => {
      const c = new Client({
        connectionString: server,
        connectionTimeoutMillis: 5000,
        // the app's tables, and the functions its triggers call, are found through the search path
        options: `-c search_path=${schema}`,
        types: {
          getTypeParser: (oid, format) =>
            oid === INT8 || oid === NUMERIC ? Number : types.getTypeParser(oid, format),
        },
      });
      c.on('error', () => undefined); // the server going away is reported by the next query
      await c.connect();
      return c;
    })());
  const close = async () => {
    const open = client;
    client = undefined;
    // a connection that never opened has nothing to close
    if (open)
      await open.then(
        (c) => c.end(),
        () => undefined,
      );
  };
  return {
    engine: 'postgres',
    url: url.toString(),
    path: undefined,
    async sql<T>(text: string, params: unknown[] = []) {
      const result = await (await connect()).query<T>(numberedPlaceholders(text), params);
      return result.rows;
    },
    close,
    async drop() {
      await close();
      const c = new Client({ connectionString: server, connectionTimeoutMillis: 5000 });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A new, empty database on this run's engine; the app creates its tables on start. */
export function createDatabase(): Promise<TestDatabase> {
  return ENGINE === 'postgres' ? postgresDatabase() : Promise.resolve(sqliteDatabase());
}
