import type { DataSource } from 'typeorm';
import { readSeedData } from '../src/database/seed/seed-files';
import { applySeed } from '../src/database/seed/seeder';
import { createTestDatabase } from './test-database';

/** A fresh, migrated database holding the seeded programmes. */
export async function createSeededDatabase(): Promise<DataSource> {
  const ds = await createTestDatabase();
  await applySeed(ds, readSeedData());
  return ds;
}
