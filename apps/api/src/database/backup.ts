import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** A backup or restore that cannot go ahead; its message says why and what to do. */
export class BackupError extends Error {}

/** Writes a file's data, then its directory entry, to disk. */
function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Fails unless `PRAGMA integrity_check` finds the file sound and it holds this app's schema. */
export function checkBackup(path: string): void {
  if (!existsSync(path)) throw new BackupError(`${path} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError(`${path} is not an SQLite database (${(e as Error).message})`);
  }
  try {
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (problems.join() !== 'ok')
      throw new BackupError(`${path} fails the integrity check: ${problems.slice(0, 5).join('; ')}`);
    const migrations = db
      .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'typeorm_migrations'`)
      .get() as { n: number };
    if (!migrations.n) throw new BackupError(`${path} is not a database of this app (no migrations table)`);
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${path} could not be read: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of a live database: `VACUUM INTO` reads one snapshot (in WAL mode writers carry on
 * meanwhile) and writes it compacted to a new file, which is checked, fsynced and only then given its
 * name, so a backup interrupted half-way never looks like a whole one. Never overwrites a file.
 */
export function backupSqlite(source: string, destination: string): { bytes: number } {
  if (!existsSync(source)) throw new BackupError(`there is no database at ${source}`);
  if (existsSync(destination))
    throw new BackupError(`${destination} already exists: a backup never overwrites, choose a new name`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  try {
    checkBackup(partial);
    fsyncFile(partial);
    renameSync(partial, destination);
    fsyncFile(dirname(destination));
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  return { bytes: statSync(destination).size };
}

/**
 * Fails when another connection has the database open (the app, or a backup under way): in WAL mode
 * every open connection holds a shared lock that an exclusive-mode transaction cannot get past.
 */
export function ensureNotInUse(path: string): void {
  if (!existsSync(path)) return;
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (e) {
    throw new BackupError(
      `${path} is in use (${(e as { code?: string }).code ?? (e as Error).message}): stop the app first, then restore`,
    );
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database at `target` (the app must be stopped). The backup is checked
 * first; the database it replaces is kept beside it as `<name>.replaced-<time>` (its write-ahead log
 * folded in first, so nothing it held is lost), and the backup is copied under a temporary name and
 * renamed, so `target` is always either the old database or the whole backup.
 */
export function restoreSqlite(backup: string, target: string, now = new Date()): { replaced: string | null } {
  checkBackup(backup);
  ensureNotInUse(target);
  let replaced: string | null = null;
  if (existsSync(target)) {
    const old = new Database(target, { fileMustExist: true, timeout: 0 });
    try {
      old.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      old.close();
    }
    replaced = `${target}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, replaced);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  const incoming = `${target}.restoring`;
  copyFileSync(backup, incoming);
  fsyncFile(incoming);
  renameSync(incoming, target);
  fsyncFile(dirname(target));
  return { replaced };
}
