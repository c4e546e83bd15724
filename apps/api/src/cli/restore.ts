import { resolve } from 'node:path';
import { configOrExit, exitOnError } from './config-or-exit';

const USAGE = 'usage: npm run restore -- <backup file>   (stop the app first)';

/**
 * `npm run restore -- <backup>`: checks the backup (PRAGMA integrity_check), refuses while the database
 * at DATABASE_URL is open (stop the app first), keeps the database it replaces beside it, and puts the
 * backup in its place. The next start migrates it if it is older than the app. On PostgreSQL,
 * pg_restore does this.
 */
async function main(): Promise<void> {
  const config = configOrExit();
  const file = process.argv[2];
  if (!file || file.startsWith('-')) throw new Error(USAGE);
  if (config.database.kind !== 'sqlite') {
    throw new Error(
      `DATABASE_URL is PostgreSQL: restore a pg_dump backup with pg_restore, e.g.\n  pg_restore --clean --if-exists --dbname="$DATABASE_URL" ${file}`,
    );
  }
  const { restoreSqlite } = await import('../database/backup');
  const { replaced } = restoreSqlite(resolve(file), config.database.path);
  console.log(`restored ${resolve(file)} to ${config.database.path}`);
  if (replaced) console.log(`the database it replaced is kept as ${replaced}`);
}

main().catch(exitOnError);
