import type { Database, Statement } from 'better-sqlite3';
import type { DataSource } from 'typeorm';

/**
 * Records every SQL statement the data source's query runners send (whichever engine), for tests
 * that count them. `take()` answers those since the last call and starts again; restore with
 * `jest.restoreAllMocks()`.
 */
export async function recordStatements(ds: DataSource): Promise<{ take: () => string[] }> {
  let statements: string[] = [];
  const runner = ds.createQueryRunner();
  const proto = Object.getPrototypeOf(runner) as { query: (sql: string, ...rest: unknown[]) => unknown };
  await runner.release();
  const original = proto.query;
  jest.spyOn(proto, 'query').mockImplementation(function (this: unknown, sql: string, ...rest: unknown[]) {
    statements.push(sql);
    return original.call(this, sql, ...rest);
  });
  // statements the app runs on better-sqlite3's connection itself (the public data version, read per
  // kept answer: common/cache/public-data-version.ts) go through Statement.get, which TypeORM never calls
  const db = (ds.driver as unknown as { databaseConnection?: Database }).databaseConnection;
  if (ds.options.type === 'better-sqlite3' && db) {
    const statement = Object.getPrototypeOf(db.prepare('SELECT 1')) as Statement & { get: Statement['get'] };
    const get = statement.get;
    jest.spyOn(statement, 'get').mockImplementation(function (this: Statement, ...args: unknown[]) {
      statements.push(this.source);
      return get.apply(this, args);
    });
  }
  return {
    take: () => {
      const taken = statements;
      statements = [];
      return taken;
    },
  };
}
