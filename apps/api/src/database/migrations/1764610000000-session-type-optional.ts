import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { keepingTriggers } from './schema-builder';

/**
 * A session's type becomes optional: the seeded sessions whose source does not state one carry none.
 *
 * SQLite cannot drop a NOT NULL in place; TypeORM rebuilds the table, and dropping the old `sessions`
 * with foreign keys enforced would cascade to every star, note and link of a session. So on SQLite
 * this migration runs outside the usual per-migration transaction: foreign keys off, the rebuild in a
 * transaction of its own, the keys checked, then on again (SQLite's documented way to change a table).
 * The rebuild drops the table's triggers (public data version, search index), so they are made again.
 */
export class SessionTypeOptional1764610000000 implements MigrationInterface {
  name = 'SessionTypeOptional1764610000000';
  transaction = false;

  public async up(q: QueryRunner): Promise<void> {
    await setTypeNullable(q, true);
  }

  public async down(q: QueryRunner): Promise<void> {
    await setTypeNullable(q, false);
  }
}

async function setTypeNullable(q: QueryRunner, nullable: boolean): Promise<void> {
  const postgres = q.connection.driver.options.type === 'postgres';
  // TypeORM reverts a migration inside a transaction of its own even when the migration asks for none;
  // nothing has happened in it yet, so it is ended here (foreign keys can only be turned off outside
  // one) and a new one is opened at the end for TypeORM to record the revert in and commit
  const reopen = !postgres && q.isTransactionActive;
  if (reopen) await q.commitTransaction();
  if (!postgres) await q.query('PRAGMA foreign_keys = OFF');
  await q.startTransaction();
  try {
    // the old schema needs a type: one without is given the most neutral one it knows
    if (!nullable) await q.query(`UPDATE sessions SET type = 'PLENARY' WHERE type IS NULL`);
    if (postgres) {
      await q.query(`ALTER TABLE sessions ALTER COLUMN type ${nullable ? 'DROP' : 'SET'} NOT NULL`);
    } else {
      const column = new TableColumn({ name: 'type', type: 'varchar', length: '12', isNullable: nullable });
      await keepingTriggers(q, ['sessions'], () => q.changeColumn('sessions', column.name, column));
      const broken = (await q.query('PRAGMA foreign_key_check')) as unknown[];
      if (broken.length) throw new Error(`foreign keys broken by rebuilding sessions: ${broken.length}`);
    }
    await q.commitTransaction();
  } catch (e) {
    await q.rollbackTransaction();
    throw e;
  } finally {
    if (!postgres) await q.query('PRAGMA foreign_keys = ON');
    if (reopen) await q.startTransaction();
  }
}
