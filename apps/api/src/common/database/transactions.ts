import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

const onSqlite = (ds: DataSource): boolean => ds.options.type !== 'postgres';

/**
 * On SQLite every query runner is the one connection, so whatever runs while a transaction is open runs
 * inside it: a second transaction would nest (as a savepoint, tangling the two), and a plain write from
 * another request would be rolled back with it although that request was told it was saved. Every write
 * therefore takes its turn here, in the order asked for; reads do not wait.
 */
function inTurn<T>(ds: DataSource, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(ds) ?? Promise.resolve();
  const turn = previous.then(run, run);
  // the next one waits for this one to end, however it ends
  queues.set(
    ds,
    turn.catch(() => undefined),
  );
  return turn;
}

/**
 * Runs `work` in a transaction. On SQLite transactions (and the plain writes of `write`) are taken one
 * after another, so none runs inside another's; PostgreSQL gives each transaction a connection of its
 * own from the pool and runs them side by side. `work` must not call inTransaction or write itself
 * (on SQLite it would wait for its own turn): it writes through the manager it is given.
 */
export function inTransaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  if (!onSqlite(ds)) return ds.transaction(work);
  return inTurn(ds, () => ds.transaction(work));
}

/**
 * A write that needs no transaction of its own (one statement, or a repository save, which opens its
 * own): on SQLite it waits for the transaction under way to end, so that transaction's rollback cannot
 * take this acknowledged write with it. On PostgreSQL it runs at once on a pooled connection.
 */
export function write<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  if (!onSqlite(ds)) return work(ds.manager);
  return inTurn(ds, () => work(ds.manager));
}
