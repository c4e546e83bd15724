import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaBuilder } from './schema-builder';

/** The last programme version a delegate has seen the changes of, per conference (My schedule's changes). */
export class ScheduleChangesSeen1764650000000 implements MigrationInterface {
  name = 'ScheduleChangesSeen1764650000000';

  public async up(q: QueryRunner): Promise<void> {
    const { ref, stamps, fk, table } = schemaBuilder(q);
    await q.createTable(
      table({
        name: 'schedule_changes_seen',
        columns: [
          { ...ref('user_id'), isPrimary: true },
          { ...ref('conference_id'), isPrimary: true },
          { name: 'seen_version', type: 'integer' },
          ...stamps(['updated_at']),
        ],
        foreignKeys: [fk('user_id', 'users', 'CASCADE'), fk('conference_id', 'conferences', 'CASCADE')],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('schedule_changes_seen', true);
  }
}
