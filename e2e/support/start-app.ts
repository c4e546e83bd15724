import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { createDatabase, type TestDatabase } from './database';
import { appStart } from '../bench/app-flags';

export { createDatabase, ENGINE, type TestDatabase } from './database';

export const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');

export interface RunningApp {
  url: string;
  /** The app's database on this run's engine: its DATABASE_URL (for the CLIs) and direct SQL. */
  database: TestDatabase;
  /** `database.sql`: reads or changes rows directly, as an organiser's tool would (see TestDatabase). */
  sql: TestDatabase['sql'];
  output: () => string;
  /** Stops the app (SIGTERM), then drops its database unless it was another app's (options.database). */
  stop: () => Promise<void>;
}

export interface StartOptions {
  /**
   * Another app's database, to run a second instance on (as two servers behind one load balancer):
   * this app neither creates nor drops it.
   */
  database?: TestDatabase;
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
 * Starts the built app exactly as `npm start` does (node, its flags, apps/api/dist/main.js) on a free port and a
 * new database of this run's engine (ENGINE: a new SQLite file, or a new schema on the PostgreSQL server
 * at TEST_POSTGRES_URL), and waits until it answers /healthz. The tables are created, migrated and
 * seeded by the app itself.
 */
export async function startApp(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningApp> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npm run build)`);
  // the database is this run's engine's (see StartOptions to share another app's)
  if ('DATABASE_URL' in env) throw new Error('startApp: pass options.database, not DATABASE_URL');
  const owned = !options.database;
  const database = options.database ?? (await createDatabase());
  try {
    return await launch(env, database, owned);
  } catch (e) {
    if (owned) await database.drop();
    throw e;
  }
}

async function launch(
  env: Record<string, string>,
  database: TestDatabase,
  owned: boolean,
): Promise<RunningApp> {
  const port = await freePort();
  let log = '';
  const start = appStart(ROOT);
  const child: ChildProcess = spawn(process.execPath, [...start.flags, MAIN], {
    cwd: ROOT,
    env: {
      ...start.env,
      PATH: process.env.PATH ?? '',
      TZ: 'America/Los_Angeles', // not London and not UTC: times must not depend on the server's zone
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
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
  const exited = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return {
    url,
    database,
    sql: <T = Record<string, unknown>>(text: string, params?: unknown[]) => database.sql<T>(text, params),
    output: () => log,
    stop: async () => {
      await exited();
      await (owned ? database.drop() : database.close());
    },
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

/** POST /graphql as the holder of a bearer token (or signed out, with null). */
export async function callAs(
  url: string,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const req = request(url).post('/graphql');
  if (token) req.set('authorization', `Bearer ${token}`);
  return (await req.send({ query, variables })).body;
}

/** Signs in and answers the bearer token. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const r = await callAs(url, null, 'mutation ($i: SignInInput!) { signIn(input: $i) { token } }', {
    i: { email, password },
  });
  if (!r.data?.signIn) throw new Error(`could not sign in as ${email}: ${JSON.stringify(r.errors)}`);
  return r.data.signIn.token as string;
}

/** A new delegate account (email from the name); answers its bearer token. */
export async function signUp(url: string, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@council.example`;
  const r = await callAs(url, null, 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: { email, password: 'long-enough-pw', name },
  });
  if (!r.data?.signUp) throw new Error(`could not sign up ${name}: ${JSON.stringify(r.errors)}`);
  return r.data.signUp.token as string;
}
