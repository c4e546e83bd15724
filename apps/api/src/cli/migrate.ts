import 'reflect-metadata';
import { loadConfig } from '@ncasc/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source';

/** `npm run migration:run`: apply the committed migrations to DATABASE_URL. */
async function main(): Promise<void> {
  const ds = new DataSource(dataSourceOptions(loadConfig()));
  await ds.initialize();
  const applied = await ds.runMigrations({ transaction: 'each' });
  console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date');
  await ds.destroy();
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
