import { resolve } from 'node:path';
import { configOrExit, exitOnError } from './config-or-exit';

const USAGE = 'usage: npm run backup -- <file>   (a new file; the app may keep running)';

/**
 * `npm run backup -- <file>`: a consistent copy of the running app's SQLite database (DATABASE_URL),
 * checked before it is given its name. On PostgreSQL, pg_dump does this.
 */
async function main(): Promise<void> {
  const config = configOrExit();
  const file = process.argv[2];
  if (!file || file.startsWith('-')) throw new Error(USAGE);
  if (config.database.kind !== 'sqlite') {
    throw new Error(
      `DATABASE_URL is PostgreSQL: back it up with pg_dump, e.g.\n  pg_dump --format=custom --file=${file} "$DATABASE_URL"`,
    );
  }
  const { backupSqlite } = await import('../database/backup');
  const started = Date.now();
  const { bytes } = backupSqlite(config.database.path, resolve(file));
  console.log(
    `backed up ${config.database.path} to ${resolve(file)} (${(bytes / 1024).toFixed(0)} KiB, integrity ok, ${Date.now() - started} ms)`,
  );
}

main().catch(exitOnError);
