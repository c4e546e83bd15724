import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupError, backupSqlite, checkBackup, ensureNotInUse, restoreSqlite } from './backup';

/** An SQLite file in WAL mode shaped like the app's (a migrations table and a table of notes). */
function database(path: string, notes: string[]): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE typeorm_migrations (id INTEGER PRIMARY KEY, name TEXT)');
  db.exec('CREATE TABLE notes (body TEXT)');
  for (const body of notes) db.prepare('INSERT INTO notes VALUES (?)').run(body);
  db.close();
}
const notesIn = (path: string): string[] => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT body FROM notes ORDER BY rowid').all() as { body: string }[]).map(
      (r) => r.body,
    );
  } finally {
    db.close();
  }
};

describe('SQLite backup and restore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ncasc-backup-'));
  });

  it('backs up a database that another connection is writing to, including its committed log, never overwriting', () => {
    const live = join(dir, 'live.sqlite');
    database(live, ['first']);
    const app = new Database(live);
    app.pragma('wal_autocheckpoint = 0'); // the latest write stays in the -wal file only
    app.prepare('INSERT INTO notes VALUES (?)').run('in the log');
    try {
      const { bytes } = backupSqlite(live, join(dir, 'copy.sqlite'));
      expect(bytes).toBeGreaterThan(0);
      expect(notesIn(join(dir, 'copy.sqlite'))).toEqual(['first', 'in the log']);
      expect(() => backupSqlite(live, join(dir, 'copy.sqlite'))).toThrow(/already exists/);
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    } finally {
      app.close();
    }
  });

  it('refuses a file that is not a sound database of this app', () => {
    writeFileSync(join(dir, 'junk.sqlite'), 'not a database at all, just text '.repeat(200));
    expect(() => checkBackup(join(dir, 'junk.sqlite'))).toThrow(BackupError);
    const other = new Database(join(dir, 'other.sqlite'));
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(() => checkBackup(join(dir, 'other.sqlite'))).toThrow(/not a database of this app/);
    expect(() => checkBackup(join(dir, 'missing.sqlite'))).toThrow(/does not exist/);
  });

  it('refuses to restore over a database that is open, and leaves it alone', () => {
    const live = join(dir, 'live.sqlite');
    const backup = join(dir, 'backup.sqlite');
    database(live, ['current']);
    database(backup, ['old']);
    const app = new Database(live);
    app.prepare('SELECT count(*) FROM notes').get();
    try {
      expect(() => ensureNotInUse(live)).toThrow(/in use.*stop the app first/);
      expect(() => restoreSqlite(backup, live)).toThrow(/stop the app first/);
    } finally {
      app.close();
    }
    expect(notesIn(live)).toEqual(['current']);
  });

  it('restores a backup in place of a stopped database and keeps the one it replaces, log folded in', () => {
    const target = join(dir, 'app.sqlite');
    const backup = join(dir, 'backup.sqlite');
    database(backup, ['from the backup']);
    database(target, ['before']);
    // a process killed after a write left it in the target's log (-wal), not yet in the file itself
    const crash = spawnSync(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
       const db = new D(${JSON.stringify(target)});
       db.pragma('wal_autocheckpoint = 0');
       db.prepare('INSERT INTO notes VALUES (?)').run('only in the log');
       process.kill(process.pid, 'SIGKILL');`,
    ]);
    expect(crash.signal).toBe('SIGKILL');
    expect(statSync(`${target}-wal`).size).toBeGreaterThan(0);

    const { replaced } = restoreSqlite(backup, target, new Date('2026-11-23T10:00:00Z'));
    expect(notesIn(target)).toEqual(['from the backup']);
    expect(replaced).toBe(`${target}.replaced-2026-11-23T10-00-00-000Z`);
    expect(notesIn(replaced!)).toEqual(['before', 'only in the log']);
    expect(existsSync(`${target}.restoring`)).toBe(false);
  });

  it('restores into a new file', () => {
    const backup = join(dir, 'backup.sqlite');
    database(backup, ['kept']);
    expect(restoreSqlite(backup, join(dir, 'new.sqlite')).replaced).toBeNull();
    expect(notesIn(join(dir, 'new.sqlite'))).toEqual(['kept']);
  });
});
