import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { schemaBuilder } from './schema-builder';

/**
 * SQLite adds and drops a column by rebuilding the table, which drops its triggers: the public data
 * version's (1764500000000) are put back. PostgreSQL alters the table in place and keeps them.
 */
async function restorePublicTriggers(q: QueryRunner, tables: string[]): Promise<void> {
  if (q.connection.driver.options.type === 'postgres') return;
  const bump = `UPDATE data_versions SET version = version + 1 WHERE name = 'public'`;
  for (const table of tables)
    for (const [op, event] of [
      ['ai', 'INSERT'],
      ['au', 'UPDATE'],
      ['ad', 'DELETE'],
    ])
      await q.query(
        `CREATE TRIGGER IF NOT EXISTS public_version_${table}_${op} AFTER ${event} ON ${table} BEGIN ${bump}; END`,
      );
}

/**
 * New editions: a conference's first publication time (null until then: the public does not see it;
 * every conference that exists already counts as published), a room's capacity, and the themes a
 * conference offers its sessions.
 */
export class ConferenceEditions1764610000000 implements MigrationInterface {
  name = 'ConferenceEditions1764610000000';

  public async up(q: QueryRunner): Promise<void> {
    const { ref, fk, table, instant } = schemaBuilder(q);
    await q.addColumn(
      'conferences',
      new TableColumn({ name: 'published_at', type: instant, isNullable: true }),
    );
    await q.query(`UPDATE conferences SET published_at = created_at`);
    await q.addColumn('rooms', new TableColumn({ name: 'capacity', type: 'integer', isNullable: true }));
    await restorePublicTriggers(q, ['conferences', 'rooms']);
    await q.createTable(
      table({
        name: 'conference_themes',
        columns: [
          { ...ref('conference_id'), isPrimary: true },
          { ...ref('track_id'), isPrimary: true },
        ],
        foreignKeys: [fk('conference_id', 'conferences', 'CASCADE'), fk('track_id', 'tracks', 'CASCADE')],
        indices: [{ columnNames: ['track_id'] }],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('conference_themes', true);
    await q.dropColumn('rooms', 'capacity');
    await q.dropColumn('conferences', 'published_at');
    await restorePublicTriggers(q, ['conferences', 'rooms']);
  }
}
