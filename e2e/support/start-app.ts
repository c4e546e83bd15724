import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';

export const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');

export interface RunningApp {
  url: string;
  databasePath: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the built app exactly as `npm start` does (node apps/api/dist/main.js) on a new SQLite file
 * and a free port, and waits until it answers /healthz. The database is created, migrated and seeded
 * by the app itself.
 */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npm run build)`);
  const port = await freePort();
  const databasePath = join(mkdtempSync(join(tmpdir(), 'ncasc-e2e-')), 'programme.sqlite');
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      TZ: 'America/Los_Angeles', // not London and not UTC: times must not depend on the server's zone
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${databasePath}`,
      LOG_LEVEL: 'warn',
      APP_SECRET: 'e2e-secret-0123456789-0123456789-0123456789',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer within 30 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    databasePath,
    output: () => log,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export interface GqlResponse<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  raw: string;
}

/** POST /graphql on the running app, through supertest. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlResponse<T>> {
  const res = await request(url)
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({ query, variables });
  const body = res.body as { data: T; errors?: GqlResponse<T>['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, raw: res.text };
}

/** GET a path and read the body as text whatever its type (calendars, XML, Markdown). */
export async function getText(url: string, path: string, headers: Record<string, string> = {}) {
  const req = request(url)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => done(null, text));
    });
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  const res = await req;
  return { status: res.status, headers: res.headers, body: res.body as string };
}

/** Session ids of a conference (optionally one day), by title. */
export async function sessionIds(url: string, slug: string, day?: string): Promise<Record<string, string>> {
  const r = await gql<{ conference: { sessions: { id: string; title: string }[] } }>(
    url,
    'query ($slug: String!, $day: LocalDate) { conference(slug: $slug) { sessions(day: $day) { id title } } }',
    { slug, day },
  );
  return Object.fromEntries(r.data.conference.sessions.map((s) => [s.title, s.id]));
}
