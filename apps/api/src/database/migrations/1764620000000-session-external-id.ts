import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** A session's key in the programme file it was imported from (an `id` column or a frab/c3voc guid). */
export class SessionExternalId1764620000000 implements MigrationInterface {
  name = 'SessionExternalId1764620000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'sessions',
      new TableColumn({ name: 'external_id', type: 'varchar', length: '300', isNullable: true }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('sessions', 'external_id');
  }
}
