import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaBuilder } from './schema-builder';

/** Web Push: devices' subscriptions, delegates' reminder settings, and the outbox every instance sends from. */
export class PushNotifications1764660000000 implements MigrationInterface {
  name = 'PushNotifications1764660000000';

  public async up(q: QueryRunner): Promise<void> {
    const { id, ref, text, instant, stamps, fk, table } = schemaBuilder(q);
    await q.createTable(
      table({
        name: 'push_subscriptions',
        columns: [
          id(),
          ref('user_id'),
          text('endpoint', 1000, false),
          text('p256dh', 200, false),
          text('auth', 100, false),
          ...stamps(['created_at']),
        ],
        foreignKeys: [fk('user_id', 'users', 'CASCADE')],
        indices: [{ columnNames: ['user_id'] }, { columnNames: ['endpoint'], isUnique: true }],
      }),
    );
    await q.createTable(
      table({
        name: 'push_preferences',
        columns: [
          { ...ref('user_id'), isPrimary: true },
          { name: 'reminder_minutes', type: 'integer', default: 10 },
        ],
        foreignKeys: [fk('user_id', 'users', 'CASCADE')],
      }),
    );
    await q.createTable(
      table({
        name: 'push_outbox',
        columns: [
          id(),
          text('key', 200, false),
          text('kind', 10, false),
          ref('user_id', true),
          text('message', null),
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'claimed_at', type: instant, isNullable: true },
          { name: 'sent_at', type: instant, isNullable: true },
          ...stamps(['created_at']),
        ],
        foreignKeys: [fk('user_id', 'users', 'CASCADE')],
        indices: [{ columnNames: ['key'], isUnique: true }, { columnNames: ['user_id'] }, { columnNames: ['sent_at'] }],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('push_outbox', true);
    await q.dropTable('push_preferences', true);
    await q.dropTable('push_subscriptions', true);
  }
}
