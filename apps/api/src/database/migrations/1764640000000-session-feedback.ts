import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaBuilder } from './schema-builder';

/** Delegates' ratings of sessions (1–5, an optional comment an organiser may hide), one per delegate and session. */
export class SessionFeedback1764640000000 implements MigrationInterface {
  name = 'SessionFeedback1764640000000';

  public async up(q: QueryRunner): Promise<void> {
    const { id, ref, text, stamps, fk, table } = schemaBuilder(q);
    await q.createTable(
      table({
        name: 'session_feedback',
        columns: [
          id(),
          ref('user_id'),
          ref('session_id'),
          { name: 'rating', type: 'integer' },
          text('comment', null),
          // the default as each engine writes false (what the entity's `default: false` becomes)
          {
            name: 'hidden',
            type: 'boolean',
            default: q.connection.driver.options.type === 'postgres' ? 'false' : '0',
          },
          ...stamps(),
        ],
        foreignKeys: [fk('user_id', 'users', 'CASCADE'), fk('session_id', 'sessions', 'CASCADE')],
        indices: [
          { columnNames: ['user_id', 'session_id'], isUnique: true },
          { columnNames: ['session_id'] },
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('session_feedback', true);
  }
}
