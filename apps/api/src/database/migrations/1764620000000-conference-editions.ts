import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addNullableColumns, dropColumns, schemaBuilder } from './schema-builder';

/**
 * New editions: a conference's first publication time (null until then: the public does not see it;
 * every conference that exists already counts as published), a room's capacity, and the themes a
 * conference offers its sessions.
 */
export class ConferenceEditions1764620000000 implements MigrationInterface {
  name = 'ConferenceEditions1764620000000';

  public async up(q: QueryRunner): Promise<void> {
    const { ref, fk, table, instant } = schemaBuilder(q);
    await addNullableColumns(q, 'conferences', [{ name: 'published_at', type: instant }]);
    await addNullableColumns(q, 'rooms', [{ name: 'capacity', type: 'integer' }]);
    await q.query(`UPDATE conferences SET published_at = created_at`);
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
    await dropColumns(q, 'rooms', ['capacity']);
    await dropColumns(q, 'conferences', ['published_at']);
  }
}
