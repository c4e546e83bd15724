import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** A session's key in the programme file it was imported from (an `id` column or a frab/c3voc guid). */
export class SessionExternalId1764620000000 implements MigrationInterface {
  name = 'SessionExternalId1764620000000';

  public async up(q: QueryRunner): Promise<void> {
    // SQLite: a plain ALTER TABLE, because TypeORM's addColumn there rebuilds the table and so drops its
    // triggers (the search index's and the public data version's)
    if (q.connection.driver.options.type !== 'postgres') {
      await q.query('ALTER TABLE sessions ADD COLUMN external_id varchar(300)');
      return;
    }
    await q.addColumn(
      'sessions',
      new TableColumn({ name: 'external_id', type: 'varchar', length: '300', isNullable: true }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type !== 'postgres') {
      await q.query('ALTER TABLE sessions DROP COLUMN external_id');
      return;
    }
    await q.dropColumn('sessions', 'external_id');
  }
}
