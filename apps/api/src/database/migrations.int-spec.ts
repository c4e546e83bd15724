import { loadConfig } from '@ncasc/config';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/test-database';
import { dataSourceOptions } from './data-source';
import { migrations } from './migrations';
import { PUBLIC_TABLES } from './migrations/1764500000000-public-data-version';

describe('committed migrations', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await createTestDatabase();
  });
  afterAll(() => ds.destroy());

  it('build exactly the schema the entities describe (nothing left for synchronize to do)', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keep the public data version triggers on every public table (SQLite rebuilds a table to add a column)', async () => {
    const postgres = ds.options.type === 'postgres';
    const rows: { n: number | string }[] = await ds.query(
      postgres
        ? `SELECT count(DISTINCT trigger_name) AS n FROM information_schema.triggers
           WHERE trigger_schema = current_schema() AND trigger_name LIKE 'public_version_%'`
        : `SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'public_version_%'`,
    );
    expect(Number(rows[0].n)).toBe(PUBLIC_TABLES.length * (postgres ? 1 : 3));
  });

  it('run with foreign keys enforced', async () => {
    await expect(
      ds.query(`INSERT INTO rooms (id, conference_id, name) VALUES ('r1', 'no-such-conference', 'Hall 1')`),
    ).rejects.toThrow(/FOREIGN KEY|foreign key/);
  });

  it('uses WAL journaling, fsynced commits, a busy timeout and enforced foreign keys on SQLite', async () => {
    if (ds.options.type !== 'better-sqlite3') {
      expect(ds.options.type).toBe('postgres');
      return;
    }
    expect(await ds.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await ds.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    // FULL (2): a commit is on disk before the write is acknowledged
    expect(await ds.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
    expect(await ds.query('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
  });

  it('can all be reverted, leaving no table, and re-applied', async () => {
    const options = dataSourceOptions(loadConfig());
    expect(options.synchronize).toBe(false);
    for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(
      ds.options.type === 'postgres'
        ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'sessions'`
        : `SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sessions'`,
    );
    expect(tables).toHaveLength(0);
    await ds.runMigrations();
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toHaveLength(0);
  });
});
