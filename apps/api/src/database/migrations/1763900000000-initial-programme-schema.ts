import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaBuilder } from './schema-builder';

/**
 * The programme model: conferences, organisations, rooms, tracks (themes), sessions, speakers and
 * round-ups. Written with TypeORM's Table API only, so the same migration runs on SQLite and PostgreSQL.
 */
export class InitialProgrammeSchema1763900000000 implements MigrationInterface {
  name = 'InitialProgrammeSchema1763900000000';

  public async up(q: QueryRunner): Promise<void> {
    const { id, ref, text, stamps: makeStamps, fk, joinFk, table, instant } = schemaBuilder(q);
    const stamps = makeStamps();

    await q.createTable(
      table({
        name: 'organisations',
        columns: [id(), text('name', 200, false)],
        indices: [{ columnNames: ['name'], isUnique: true }],
      }),
    );

    await q.createTable(
      table({
        name: 'conferences',
        columns: [
          id(),
          text('slug', 40, false),
          text('name', 200, false),
          text('series', 10, false),
          { name: 'year', type: 'integer' },
          text('city', 120),
          text('venue', 200),
          { name: 'starts_on', type: 'date', isNullable: true },
          { name: 'ends_on', type: 'date', isNullable: true },
          { name: 'timezone', type: 'varchar', length: '60', default: "'Europe/London'" },
          text('hashtag', 60),
          text('source_evidence', null),
          text('left_empty', null),
          ...stamps,
        ],
        indices: [{ columnNames: ['slug'], isUnique: true }],
      }),
    );

    await q.createTable(
      table({
        name: 'conference_organisers',
        columns: [
          { ...ref('conference_id'), isPrimary: true },
          { ...ref('organisation_id'), isPrimary: true },
        ],
        foreignKeys: [joinFk('conference_id', 'conferences'), joinFk('organisation_id', 'organisations')],
        indices: [{ columnNames: ['conference_id'] }, { columnNames: ['organisation_id'] }],
      }),
    );

    await q.createTable(
      table({
        name: 'rooms',
        columns: [id(), ref('conference_id'), text('name', 120, false)],
        foreignKeys: [fk('conference_id', 'conferences', 'CASCADE')],
        indices: [{ columnNames: ['conference_id', 'name'], isUnique: true }],
      }),
    );

    await q.createTable(
      table({
        name: 'tracks',
        columns: [id(), text('slug', 80, false), text('name', 120, false)],
        indices: [{ columnNames: ['slug'], isUnique: true }],
      }),
    );

    await q.createTable(
      table({
        name: 'roundups',
        columns: [
          id(),
          ref('conference_id'),
          text('title', 300, false),
          text('author', 200),
          { name: 'published_on', type: 'date', isNullable: true },
          text('publication', 200),
          text('source_file', 200),
          text('body_markdown', null, false),
          { name: 'status', type: 'varchar', length: '12', default: "'PUBLISHED'" },
          ...stamps,
        ],
        foreignKeys: [fk('conference_id', 'conferences', 'CASCADE')],
        indices: [{ columnNames: ['conference_id'] }],
      }),
    );

    await q.createTable(
      table({
        name: 'speakers',
        columns: [
          id(),
          text('name', 200, false),
          text('honorifics', null),
          text('role', 300),
          ref('organisation_id', true),
          ref('source_roundup_id', true),
          ...stamps,
        ],
        foreignKeys: [
          fk('organisation_id', 'organisations', 'SET NULL'),
          fk('source_roundup_id', 'roundups', 'SET NULL'),
        ],
        indices: [{ columnNames: ['name'] }],
      }),
    );

    await q.createTable(
      table({
        name: 'sessions',
        columns: [
          id(),
          ref('conference_id'),
          text('title', 300, false),
          text('summary', null),
          text('type', 12, false),
          { name: 'status', type: 'varchar', length: '12', default: "'SCHEDULED'" },
          text('time_precision', 10, false),
          { name: 'day', type: 'date', isNullable: true },
          text('day_part', 10),
          { name: 'starts_at', type: instant, isNullable: true },
          { name: 'ends_at', type: instant, isNullable: true },
          { name: 'sequence', type: 'integer', default: 0 },
          ref('room_id', true),
          ref('source_roundup_id', true),
          text('source_evidence', null),
          ...stamps,
        ],
        foreignKeys: [
          fk('conference_id', 'conferences', 'CASCADE'),
          fk('room_id', 'rooms', 'SET NULL'),
          fk('source_roundup_id', 'roundups', 'SET NULL'),
        ],
        indices: [{ columnNames: ['conference_id', 'day'] }],
      }),
    );

    await q.createTable(
      table({
        name: 'session_tracks',
        columns: [
          { ...ref('session_id'), isPrimary: true },
          { ...ref('track_id'), isPrimary: true },
        ],
        foreignKeys: [joinFk('session_id', 'sessions'), joinFk('track_id', 'tracks')],
        indices: [{ columnNames: ['session_id'] }, { columnNames: ['track_id'] }],
      }),
    );

    await q.createTable(
      table({
        name: 'session_speakers',
        columns: [
          { ...ref('session_id'), isPrimary: true },
          { ...ref('speaker_id'), isPrimary: true },
          { name: 'role', type: 'varchar', length: '10', default: "'SPEAKER'" },
          text('capacity', 300),
          { name: 'position', type: 'integer', default: 0 },
        ],
        foreignKeys: [fk('session_id', 'sessions', 'CASCADE'), fk('speaker_id', 'speakers', 'CASCADE')],
        indices: [{ columnNames: ['speaker_id'] }],
      }),
    );

    for (const [joinTable, other] of [
      ['roundup_sessions', 'session'],
      ['roundup_speakers', 'speaker'],
    ] as const) {
      await q.createTable(
        table({
          name: joinTable,
          columns: [
            { ...ref('roundup_id'), isPrimary: true },
            { ...ref(`${other}_id`), isPrimary: true },
          ],
          foreignKeys: [joinFk('roundup_id', 'roundups'), joinFk(`${other}_id`, `${other}s`)],
          indices: [{ columnNames: ['roundup_id'] }, { columnNames: [`${other}_id`] }],
        }),
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'roundup_speakers',
      'roundup_sessions',
      'session_speakers',
      'session_tracks',
      'sessions',
      'speakers',
      'roundups',
      'tracks',
      'rooms',
      'conference_organisers',
      'conferences',
      'organisations',
    ]) {
      await q.dropTable(table, true);
    }
  }
}
