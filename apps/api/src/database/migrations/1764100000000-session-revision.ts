import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** A session's published revision: the iCalendar SEQUENCE, raised by every published change to it. */
export class SessionRevision1764100000000 implements MigrationInterface {
  name = 'SessionRevision1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumn('sessions', new TableColumn({ name: 'revision', type: 'integer', default: 0 }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('sessions', 'revision');
  }
}
