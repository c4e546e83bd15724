import 'reflect-metadata';
import { configOrExit, exitOnError } from './config-or-exit';

/** `npm run migration:run`: apply the committed migrations to DATABASE_URL. */
async function main(): Promise<void> {
  const config = configOrExit();
  const { DataSource } = await import('typeorm');
  const { dataSourceOptions } = await import('../database/data-source');
  const ds = new DataSource(dataSourceOptions(config));
  await ds.initialize();
  const applied = await ds.runMigrations({ transaction: 'each' });
  console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date');
  await ds.destroy();
}

main().catch(exitOnError);
