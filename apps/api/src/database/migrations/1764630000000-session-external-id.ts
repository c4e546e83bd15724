import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addNullableColumns, dropColumns } from './schema-builder';

/** A session's key in the programme file it was imported from (an `id` column or a frab/c3voc guid). */
export class SessionExternalId1764630000000 implements MigrationInterface {
  name = 'SessionExternalId1764630000000';

  public async up(q: QueryRunner): Promise<void> {
    await addNullableColumns(q, 'sessions', [{ name: 'external_id', type: 'varchar', length: '300' }]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await dropColumns(q, 'sessions', ['external_id']);
  }
}
