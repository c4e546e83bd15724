import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaBuilder } from './schema-builder';

/** Accounts and sign-in tokens, starred sessions, private notes, and server settings. */
export class AccountsSchedulesNotes1764000000000 implements MigrationInterface {
  name = 'AccountsSchedulesNotes1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    const { id, ref, text, stamps, fk, table, instant } = schemaBuilder(q);

    await q.createTable(
      table({
        name: 'app_settings',
        columns: [{ ...text('name', 60, false), isPrimary: true }, text('value', null, false)],
      }),
    );

    await q.createTable(
      table({
        name: 'users',
        columns: [
          id(),
          text('email', 254, false),
          text('name', 120, false),
          text('password_hash', 200, false),
          { name: 'role', type: 'varchar', length: '12', default: "'DELEGATE'" },
          text('feed_token_hash', 64, false),
          { name: 'feed_token_version', type: 'integer', default: 1 },
          ...stamps(),
        ],
        indices: [
          { columnNames: ['email'], isUnique: true },
          { columnNames: ['feed_token_hash'], isUnique: true },
        ],
      }),
    );

    await q.createTable(
      table({
        name: 'auth_tokens',
        columns: [
          id(),
          ref('user_id'),
          text('token_hash', 64, false),
          { name: 'expires_at', type: instant },
          { name: 'revoked_at', type: instant, isNullable: true },
          ...stamps(['created_at']),
        ],
        foreignKeys: [fk('user_id', 'users', 'CASCADE')],
        indices: [{ columnNames: ['user_id'] }, { columnNames: ['token_hash'], isUnique: true }],
      }),
    );

    await q.createTable(
      table({
        name: 'stars',
        columns: [
          { ...ref('user_id'), isPrimary: true },
          { ...ref('session_id'), isPrimary: true },
          ...stamps(['created_at']),
        ],
        foreignKeys: [fk('user_id', 'users', 'CASCADE'), fk('session_id', 'sessions', 'CASCADE')],
        indices: [{ columnNames: ['session_id'] }],
      }),
    );

    await q.createTable(
      table({
        name: 'notes',
        columns: [id(), ref('user_id'), ref('session_id'), text('body', null, false), ...stamps()],
        foreignKeys: [fk('user_id', 'users', 'CASCADE'), fk('session_id', 'sessions', 'CASCADE')],
        indices: [
          { columnNames: ['user_id', 'session_id'], isUnique: true },
          { columnNames: ['session_id'] },
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['notes', 'stars', 'auth_tokens', 'users', 'app_settings']) await q.dropTable(t, true);
  }
}
