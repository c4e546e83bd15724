import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { schemaBuilder } from './schema-builder';

/** Organisers' drafts, published versions with their changelogs, and removal of published sessions. */
export class ProgrammeVersions1764200000000 implements MigrationInterface {
  name = 'ProgrammeVersions1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    const { id, ref, text, stamps, fk, table, instant } = schemaBuilder(q);
    await q.createTable(
      table({
        name: 'programme_drafts',
        columns: [
          { ...ref('conference_id'), isPrimary: true },
          text('body', null, false),
          ...stamps(['updated_at']),
        ],
        foreignKeys: [fk('conference_id', 'conferences', 'CASCADE')],
      }),
    );
    await q.createTable(
      table({
        name: 'programme_versions',
        columns: [
          id(),
          ref('conference_id'),
          { name: 'number', type: 'integer' },
          { name: 'published_at', type: instant },
          text('note', 2000),
          text('changes', null, false),
        ],
        foreignKeys: [fk('conference_id', 'conferences', 'CASCADE')],
        indices: [{ columnNames: ['conference_id', 'number'], isUnique: true }],
      }),
    );
    // a published session taken out of the programme: hidden everywhere, kept for delegates' notes and feeds
    await q.addColumn('sessions', new TableColumn({ name: 'removed_at', type: instant, isNullable: true }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('sessions', 'removed_at');
    await q.dropTable('programme_versions', true);
    await q.dropTable('programme_drafts', true);
  }
}
