// Runs before any test module is imported: pins the time zone away from London (so no test passes by
// accident of the machine's zone) and picks the database the entities are typed for.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.TZ = 'America/New_York';
process.env.NODE_ENV = 'test';
process.env.SEED_ON_START = 'false';
if (process.env.TEST_DATABASE === 'postgres' && process.env.TEST_POSTGRES_URL) {
  process.env.DATABASE_URL = process.env.TEST_POSTGRES_URL;
} else {
  process.env.DATABASE_URL = `sqlite:${join(mkdtempSync(join(tmpdir(), 'ncasc-test-')), 'test.sqlite')}`;
}
