import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { keepingTriggers } from './schema-builder';

/** A session's key in the programme file it was imported from (an `id` column or a frab/c3voc guid). */
export class SessionExternalId1764630000000 implements MigrationInterface {
  name = 'SessionExternalId1764630000000';

  public async up(q: QueryRunner): Promise<void> {
    const column = new TableColumn({ name: 'external_id', type: 'varchar', length: '300', isNullable: true });
    await keepingTriggers(q, ['sessions'], () => q.addColumn('sessions', column));
  }

  public async down(q: QueryRunner): Promise<void> {
    await keepingTriggers(q, ['sessions'], () => q.dropColumn('sessions', 'external_id'));
  }
}
