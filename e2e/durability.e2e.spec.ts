import Database from 'better-sqlite3';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appStart } from './bench/app-flags';
import { createDatabase, ENGINE, ROOT, type TestDatabase } from './support/start-app';

/**
 * Nothing acknowledged is lost: a killed server, an online backup and its restore, a graceful stop.
 * The killed server and the graceful stop run on this run's engine; the backup and restore CLIs are
 * SQLite's (PostgreSQL's are pg_dump and pg_restore), so those tests run on SQLite only.
 */

const DIST = join(ROOT, 'apps', 'api', 'dist');
const BASE_ENV = {
  PATH: process.env.PATH ?? '',
  TZ: 'America/Los_Angeles',
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  APP_SECRET: 'e2e-secret-0123456789-0123456789-0123456789',
  // these tests write as fast as they can
  RATE_LIMIT_WRITES_USER: '1000000/60',
  RATE_LIMIT_WRITES_ADDRESS: '1000000/60',
};

interface Server {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The built app on a given database (as `npm start` runs it), with its process at hand. */
async function launch(database: TestDatabase): Promise<Server> {
  const port = await freePort();
  let log = '';
  // as npm start runs it (its environment and Node flags too)
  const start = appStart(ROOT);
  const child = spawn(process.execPath, [...start.flags, join(DIST, 'main.js')], {
    cwd: ROOT,
    env: { ...start.env, ...BASE_ENV, PORT: String(port), DATABASE_URL: database.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer within 30 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, exited, output: () => log };
}

async function stop(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

const databases: TestDatabase[] = [];
/** A new database on this run's engine, dropped after the file. */
async function newDatabase(): Promise<TestDatabase> {
  const database = await createDatabase();
  databases.push(database);
  return database;
}
afterAll(async () => {
  for (const database of databases.splice(0)) await database.drop();
});

/** A new SQLite file (the backup and restore CLIs' own tests). */
const newSqliteFile = (): string =>
  join(mkdtempSync(join(tmpdir(), 'ncasc-durability-')), 'programme.sqlite');

async function graphql(
  url: string,
  token: string | null,
  query: string,
  variables?: object,
): Promise<{ status: number; body: { data?: any; errors?: { message: string; extensions?: any }[] } }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string }[] } };
}

async function delegate(url: string, name: string): Promise<string> {
  const r = await graphql(url, null, 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: { email: `${name}@council.example`, password: 'long-enough-pw', name },
  });
  if (!r.body.data?.signUp) throw new Error(JSON.stringify(r.body));
  return r.body.data.signUp.token as string;
}

async function sessions(url: string): Promise<string[]> {
  const r = await graphql(url, null, '{ conference(slug: "ncasc-2018") { sessions { id } } }');
  return (r.body.data.conference.sessions as { id: string }[]).map((s) => s.id);
}

const SAVE = 'mutation ($i: SaveNoteInput!) { saveNote(input: $i) { body } }';

/**
 * Writers, one per session, each saving "<session> #1", "#2"… one after another until told to stop or
 * the server goes away; `acked` is the last number each got a 200 with no errors and its body for.
 */
function noteWriters(url: string, token: string, sessionIds: string[]) {
  const acked = new Map<string, number>();
  let running = true;
  const done = Promise.all(
    sessionIds.map(async (id) => {
      for (let n = 1; running; n++) {
        try {
          const r = await graphql(url, token, SAVE, { i: { sessionId: id, body: `${id} #${n}` } });
          if (r.status === 200 && !r.body.errors && r.body.data?.saveNote.body === `${id} #${n}`)
            acked.set(id, n);
          else throw new Error(`save refused: ${r.status} ${JSON.stringify(r.body)}`);
        } catch (e) {
          if (
            running &&
            !/fetch failed|ECONNRESET|ECONNREFUSED|socket/i.test(String((e as Error).cause ?? e))
          )
            throw e;
          return;
        }
      }
    }),
  );
  return {
    acked,
    total: () => [...acked.values()].reduce((a, b) => a + b, 0),
    stop: async () => {
      running = false;
      await done;
    },
    done,
  };
}

/** The number in each stored note body ("<session> #n"), by session. */
async function storedNumbers(url: string, token: string): Promise<Map<string, number>> {
  const r = await graphql(url, token, '{ myNotes { body session { id } } }');
  return new Map(
    (r.body.data.myNotes as { body: string; session: { id: string } }[]).map((n) => [
      n.session.id,
      Number(/ #(\d+)$/.exec(n.body)![1]),
    ]),
  );
}

const until = async (check: () => boolean, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('a server killed with SIGKILL while notes are being saved', () => {
  let server: Server | undefined;
  afterAll(() => stop(server));

  it('still has every acknowledged note, with that body or a later one, after a restart on the same database', async () => {
    const db = await newDatabase();
    server = await launch(db);
    const token = await delegate(server.url, 'killed');
    const ids = (await sessions(server.url)).slice(0, 6);
    const writers = noteWriters(server.url, token, ids);
    await until(() => writers.total() >= 300);
    server.child.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    await writers.stop();
    const acked = new Map(writers.acked);
    console.log(`SIGKILL after ${writers.total()} acknowledged saves`);

    server = await launch(db);
    const stored = await storedNumbers(server.url, token);
    for (const id of ids) {
      // the save in flight when the server died may have landed (n + 1), never fewer than acknowledged
      expect({ id, stored: stored.get(id) }).toEqual({ id, stored: expect.any(Number) });
      expect(stored.get(id)!).toBeGreaterThanOrEqual(acked.get(id)!);
      expect(stored.get(id)!).toBeLessThanOrEqual(acked.get(id)! + 1);
    }
    await stop(server);
    if (db.engine === 'sqlite') {
      // the file itself, after a crash in the middle of writes (PostgreSQL recovers its own)
      const check = new Database(db.path, { readonly: true });
      expect(check.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      check.close();
    }
  });
});

// SQLite only: these CLIs copy and check a SQLite file. Given a PostgreSQL URL they refuse and point to
// pg_dump, which the last test here checks without needing a server.
if (ENGINE === 'sqlite') {
  describe('npm run backup / npm run restore', () => {
    let server: Server | undefined;
    let restored: Server | undefined;
    afterAll(async () => {
      await stop(server);
      await stop(restored);
    });

    const cli = (name: 'backup' | 'restore', file: string, databasePath: string) =>
      spawnSync(process.execPath, [join(DIST, 'cli', `${name}.js`), file], {
        cwd: ROOT,
        env: { PATH: BASE_ENV.PATH, DATABASE_URL: `sqlite:${databasePath}` },
        encoding: 'utf8',
      });
    const sqliteFile = (database: TestDatabase): string => database.path!;

    it('backs up a running app while notes are saved, and the restored copy, started, has every note saved before', async () => {
      const database = await newDatabase();
      const db = sqliteFile(database);
      server = await launch(database);
      const token = await delegate(server.url, 'backed.up');
      const ids = (await sessions(server.url)).slice(0, 4);
      const writers = noteWriters(server.url, token, ids);
      await until(() => ids.every((id) => (writers.acked.get(id) ?? 0) >= 20));
      const before = new Map(writers.acked);
      const backup = join(mkdtempSync(join(tmpdir(), 'ncasc-backup-')), 'backup.sqlite');

      // the app keeps writing during the backup; an asynchronous child lets the event loop serve it
      const backupRun = await new Promise<{ code: number | null; out: string }>((resolve) => {
        let out = '';
        const child = spawn(process.execPath, [join(DIST, 'cli', 'backup.js'), backup], {
          cwd: ROOT,
          env: { PATH: BASE_ENV.PATH, DATABASE_URL: `sqlite:${db}` },
        });
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', (code) => resolve({ code, out }));
      });
      const during = writers.total();
      await until(() => writers.total() > during + 20);
      await writers.stop();
      expect(backupRun).toMatchObject({ code: 0 });
      expect(backupRun.out).toMatch(/integrity ok/);

      // restoring over the running app is refused and changes nothing
      const refused = cli('restore', backup, db);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/in use.*stop the app first/);
      expect((await graphql(server.url, token, '{ me { name } }')).body.data.me.name).toBe('backed.up');

      const targetDatabase = await newDatabase();
      const restore = cli('restore', backup, sqliteFile(targetDatabase));
      expect(restore.stderr).toBe('');
      expect(restore.status).toBe(0);
      restored = await launch(targetDatabase);
      const stored = await storedNumbers(restored.url, token);
      for (const id of ids) expect(stored.get(id)!).toBeGreaterThanOrEqual(before.get(id)!);
      // and the original carried on: it has the saves made after the backup too
      const original = await storedNumbers(server.url, token);
      for (const id of ids) expect(original.get(id)!).toBeGreaterThanOrEqual(stored.get(id)!);
    });

    it('refuses a file that is not a backup, and points PostgreSQL users to pg_dump', () => {
      const target = newSqliteFile();
      const missing = cli('restore', join(tmpdir(), 'no-such-backup.sqlite'), target);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/does not exist/);
      expect(existsSync(target)).toBe(false);

      const pg = spawnSync(process.execPath, [join(DIST, 'cli', 'backup.js'), 'out.dump'], {
        cwd: ROOT,
        env: { PATH: BASE_ENV.PATH, DATABASE_URL: 'postgres://app@db.example:5432/programmes' },
        encoding: 'utf8',
      });
      expect(pg.status).toBe(1);
      expect(pg.stderr).toMatch(/pg_dump/);
    });
  });
}

describe('SIGTERM', () => {
  let server: Server | undefined;
  afterAll(() => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('finishes the request under way with 200, refuses new connections, closes the database and exits 0', async () => {
    const db = await newDatabase();
    server = await launch(db);
    const port = Number(new URL(server.url).port);
    // a sign-up whose body is still arriving when the signal comes: the request is under way
    const body = JSON.stringify({
      query: 'mutation ($i: SignUpInput!) { signUp(input: $i) { user { email } } }',
      variables: { i: { email: 'last.in@council.example', password: 'long-enough-pw', name: 'Last In' } },
    });
    const newConnection = (() => {
      let resolve!: (v: string) => void;
      const promise = new Promise<string>((r) => (resolve = r));
      return { promise, resolve };
    })();
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 40));
      setTimeout(() => {
        server!.child.kill('SIGTERM');
        setTimeout(() => {
          // while it drains, a new connection is refused; then the rest of the body arrives
          void fetch(`${server!.url}/healthz`)
            .then(
              (r) => `answered ${r.status}`,
              (e: Error) => String((e.cause as { code?: string } | undefined)?.code ?? e.message),
            )
            .then((fresh) => {
              newConnection.resolve(fresh);
              req.end(body.slice(40));
            });
        }, 400);
      }, 200);
    });

    const res = await answer;
    expect(await newConnection.promise).toBe('ECONNREFUSED');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      data: { signUp: { user: { email: 'last.in@council.example' } } },
    });
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toMatch(/error/i);

    // the database was closed cleanly (on SQLite: the write-ahead log folded in), the account there
    if (db.engine === 'sqlite') expect(existsSync(`${db.path}-wal`)).toBe(false);
    expect(await db.sql('SELECT name FROM users WHERE email = ?', ['last.in@council.example'])).toEqual([
      { name: 'Last In' },
    ]);
  });
});
