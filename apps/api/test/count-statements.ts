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
  return {
    take: () => {
      const taken = statements;
      statements = [];
      return taken;
    },
  };
}
