import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everything the public can read: a write to any of these tables changes what an anonymous query may
 * answer, so it raises the public data version (a cached public answer is keyed by that version).
 */
export const PUBLIC_TABLES = [
  'conferences',
  'conference_organisers',
  'organisations',
  'rooms',
  'tracks',
  'sessions',
  'session_tracks',
  'session_speakers',
  'speakers',
  'roundups',
  'roundup_sessions',
  'roundup_speakers',
  'programme_versions',
] as const;

/**
 * A counter of changes to the public programme, kept by triggers (so every writer — the app, the
 * seeder, another instance, a restore — raises it), read once per request to key cached answers.
 */
export class PublicDataVersion1764500000000 implements MigrationInterface {
  name = 'PublicDataVersion1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.driver.options.type === 'postgres';
    await q.query(
      `CREATE TABLE data_versions (name varchar(40) PRIMARY KEY NOT NULL, version integer NOT NULL)`,
    );
    await q.query(`INSERT INTO data_versions (name, version) VALUES ('public', 1)`);
    const bump = `UPDATE data_versions SET version = version + 1 WHERE name = 'public'`;
    if (postgres) {
      await q.query(`CREATE FUNCTION bump_public_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${bump}; RETURN NULL; END $$`);
      for (const table of PUBLIC_TABLES) {
        // once per statement, however many rows it touches
        await q.query(`CREATE TRIGGER public_version_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION bump_public_data_version()`);
      }
      return;
    }
    for (const table of PUBLIC_TABLES) {
      for (const [op, event] of [
        ['ai', 'INSERT'],
        ['au', 'UPDATE'],
        ['ad', 'DELETE'],
      ]) {
        await q.query(
          `CREATE TRIGGER public_version_${table}_${op} AFTER ${event} ON ${table} BEGIN ${bump}; END`,
        );
      }
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    const postgres = q.connection.driver.options.type === 'postgres';
    for (const table of PUBLIC_TABLES) {
      if (postgres) await q.query(`DROP TRIGGER IF EXISTS public_version_${table} ON ${table}`);
      else
        for (const op of ['ai', 'au', 'ad'])
          await q.query(`DROP TRIGGER IF EXISTS public_version_${table}_${op}`);
    }
    if (postgres) await q.query(`DROP FUNCTION IF EXISTS bump_public_data_version()`);
    await q.query(`DROP TABLE IF EXISTS data_versions`);
  }
}
