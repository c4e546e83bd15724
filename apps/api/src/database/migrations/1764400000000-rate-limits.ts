import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaBuilder } from './schema-builder';

/** Fixed-window rate-limit counters shared by every instance on the database. */
export class RateLimits1764400000000 implements MigrationInterface {
  name = 'RateLimits1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    const { table } = schemaBuilder(q);
    await q.createTable(
      table({
        name: 'rate_limits',
        columns: [
          { name: 'bucket', type: 'varchar', length: '40', isPrimary: true },
          { name: 'subject', type: 'varchar', length: '64', isPrimary: true },
          { name: 'window_start', type: 'bigint', isPrimary: true },
          { name: 'hits', type: 'integer' },
          { name: 'expires_at', type: 'bigint' },
        ],
        indices: [{ columnNames: ['expires_at'] }],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('rate_limits', true);
  }
}
