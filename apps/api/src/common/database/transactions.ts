import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** One write asked for on SQLite: its work, and whom to tell once it is committed (or has failed). */
interface Unit {
  work: (m: EntityManager) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The writes of one database waiting for the next commit, and whether a commit is under way. */
interface Writer {
  waiting: Unit[];
  busy: boolean;
}

/**
 * At most this many writes share one commit, so that one commit's wait stays short however many
 * requests write at once.
 */
export const MAX_WRITES_PER_COMMIT = 64;

const writers = new WeakMap<DataSource, Writer>();

const onSqlite = (ds: DataSource): boolean => ds.options.type !== 'postgres';

/**
 * On SQLite every query runner is the one connection, so whatever runs while a transaction is open runs
 * inside it: a second transaction would nest (tangling the two), and a plain write from another request
 * would be rolled back with it although that request was told it was saved. Every write therefore takes
 * its turn here, in the order asked for; reads do not wait.
 *
 * Writes asked for while one commit is under way (or in the same turn of the event loop) share the
 * next one (group commit): one transaction, each write in a savepoint of its own, so a write that fails
 * is undone alone and the others are kept. Each write is acknowledged (its promise settles) only after
 * the COMMIT, which `synchronous = FULL` flushes to disk, so nothing acknowledged is lost when the
 * process is killed. With better-sqlite3 every commit's flush holds up the whole process (the driver is
 * synchronous): sharing one flush among many writes is what lets saves keep pace with 50 clients.
 */
function inTurn<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  let writer = writers.get(ds);
  if (!writer) writers.set(ds, (writer = { waiting: [], busy: false }));
  const w = writer;
  return new Promise<T>((resolve, reject) => {
    w.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!w.busy) {
      w.busy = true;
      // the requests read in this turn of the event loop reach their writes first, and share the commit
      setImmediate(() => void commitInTurn(ds, w));
    }
  });
}

/** Commits what is waiting, a group at a time, until nothing is. */
async function commitInTurn(ds: DataSource, w: Writer): Promise<void> {
  while (w.waiting.length) await commitGroup(ds, w.waiting.splice(0, MAX_WRITES_PER_COMMIT));
  w.busy = false;
}

async function commitGroup(ds: DataSource, group: Unit[]): Promise<void> {
  const runner = ds.createQueryRunner();
  const done: { unit: Unit; value: unknown }[] = [];
  try {
    await runner.startTransaction();
  } catch (e) {
    for (const unit of group) unit.reject(e);
    return;
  }
  for (const [i, unit] of group.entries()) {
    try {
      // the runner's transaction is open, so this is a savepoint: a failure undoes this write alone
      done.push({ unit, value: await ds.transaction(unit.work) });
    } catch (e) {
      unit.reject(e);
      if (!stillOpen(ds)) {
        // an error SQLite answers by rolling back the whole transaction (a full disk, an I/O error):
        // the group's earlier writes are gone, and the rest must not run outside a transaction
        forgetTransaction(runner);
        for (const d of done) d.unit.reject(e);
        for (const rest of group.slice(i + 1)) rest.reject(e);
        return;
      }
    }
  }
  try {
    await runner.commitTransaction();
  } catch (e) {
    // nothing of the group is kept: none of it is acknowledged
    await runner.rollbackTransaction().catch(() => undefined);
    for (const { unit } of done) unit.reject(e);
    return;
  }
  for (const { unit, value } of done) unit.resolve(value);
}

/** Whether better-sqlite3's connection still has the group's transaction open. */
function stillOpen(ds: DataSource): boolean {
  const db = (ds.driver as unknown as { databaseConnection?: { inTransaction?: boolean } }).databaseConnection;
  return db?.inTransaction !== false;
}

/** Tells TypeORM's runner that SQLite ended the transaction itself, so the next group can begin one. */
function forgetTransaction(runner: QueryRunner): void {
  Object.assign(runner, { isTransactionActive: false, transactionDepth: 0 });
}

/**
 * Runs `work` in a transaction. On SQLite transactions (and the plain writes of `write`) are taken one
 * after another, so none runs inside another's, and those asked for together share one commit (see
 * inTurn); PostgreSQL gives each transaction a connection of its own from the pool and runs them side
 * by side. `work` must not call inTransaction or write itself (on SQLite it would wait for its own
 * turn): it writes through the manager it is given.
 */
export function inTransaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  if (!onSqlite(ds)) return ds.transaction(work);
  return inTurn(ds, work);
}

/**
 * A write that needs no transaction of its own (one statement, or a repository save, which opens its
 * own): on SQLite it takes its turn like a transaction, so another's rollback cannot take this
 * acknowledged write with it. On PostgreSQL it runs at once on a pooled connection.
 */
export function write<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  if (!onSqlite(ds)) return work(ds.manager);
  return inTurn(ds, work);
}
