import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appStart } from './app-flags';
import { generate, type Generated, programmeSheet } from './generate';
import {
  AGENDA,
  DAY,
  MY_SCHEDULE,
  NOTES,
  SAVE_NOTE,
  SEARCH,
  SEARCH_IN,
  SEARCH_WORDS,
  WEB,
  WEB_SEARCH_FIRST,
} from './queries';
import { type Recording, replayKey } from './replay';
import { FULL, type Scale, SMOKE } from './scale';

/**
 * `npm run bench`: builds a large synthetic conference next to the seeded ones, starts the built app in
 * production mode and a plain node:http baseline on the same database file, and drives both with
 * autocannon over loopback; public answers also against a replay of the app's own bytes (replay.ts).
 * Writes a table to stdout and e2e/bench/results.json.
 *   --smoke        small data and short runs (CI: proves every scenario works; numbers mean nothing)
 *   --duration N   seconds per round of each side (default 4)
 *   --rounds N     rounds per scenario, the app and the baseline taking turns (default 3)
 *   --warm-up S    seconds of load on each side before a scenario is measured (default 2)
 *   --only a,b     only these scenarios
 */
const ROOT = resolve(__dirname, '..', '..', '..');
const BENCH = join(ROOT, 'e2e', 'bench');
const APP_SECRET = 'bench-secret-0123456789-0123456789-0123456789';
/**
 * The ports of a run (BENCH_PORT moves them together): the data set's first start, and then the replay
 * (never both at once); the app; the baseline.
 */
const PORT = Number(process.env.BENCH_PORT ?? 3990);
const GENERATE_PORT = PORT;
const REPLAY_PORT = PORT;
const APP_PORT = PORT + 1;
const BASELINE_PORT = PORT + 2;
const APP = `http://127.0.0.1:${APP_PORT}`;
const BASELINE = `http://127.0.0.1:${BASELINE_PORT}`;
const REPLAY = `http://127.0.0.1:${REPLAY_PORT}`;
/** Bump when generate.ts changes what it writes: cached databases are made again. */
const DATA_VERSION = 2;

/** One request as every side is sent it. */
interface Call {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}
/** The scenario's i-th request (i counts every request of the run, so writes never repeat themselves). */
type Calls = (data: Generated, i: number) => Call;

interface Scenario {
  scenario: string;
  /** Requests under load: the same for the app, the baseline and the replay. */
  call?: Calls;
  /** Also against the hand-written SQL baseline. */
  baseline: boolean;
  /**
   * A public answer: also against the replay of the app's own bytes. The number is how many distinct
   * requests `call` makes (call(d, 0 … n − 1) covers them): each is recorded once before the rounds.
   */
  replay?: (data: Generated) => number;
  /** Also time to first byte of this GET: the first request (made cold, at this version) and then warm. */
  firstByte?: string;
  /**
   * Instead of load: one timed operation a round (`prepare` untimed before it, `before` once before
   * the rounds). It throws when the operation did not do its work.
   */
  single?: { before(data: Generated): Promise<void>; prepare(): Promise<void>; run(): Promise<void> };
}

export interface ScenarioResult {
  scenario: string;
  /** Null for a single timed operation (see operationMs). */
  reqPerSec: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  baselineReqPerSec: number | null;
  baselineP99Ms: number | null;
  /** Our req/s ÷ the baseline's. */
  ratio: number | null;
  /** The replay of the app's own answers (public answers only). */
  replayReqPerSec?: number | null;
  replayP99Ms?: number | null;
  /** Our req/s ÷ the replay's: how near the app comes to only sending kept bytes. */
  replayRatio?: number | null;
  rssMb: number;
  errors: number;
  /** For a file made once per programme version: the first request's time to first byte (cold), then the median of five more (warm). */
  firstByteColdMs?: number;
  firstByteWarmMs?: number;
  /** For a single timed operation (the import): the median round's time. */
  operationMs?: number;
  /** Why the scenario could not be measured (e.g. the app ran out of memory). */
  failure?: string;
  /** Each round of the sides, in turn. */
  rounds: {
    reqPerSec: number | null;
    p99Ms: number | null;
    baselineReqPerSec: number | null;
    baselineP99Ms: number | null;
    replayReqPerSec?: number | null;
    replayP99Ms?: number | null;
    operationMs?: number;
  }[];
}

let counter = 0;
/** An API client's GraphQL request: no compression asked for. */
const API_HEADERS = { 'content-type': 'application/json' };
/** The web client's GraphQL requests as a browser sends them (apps/web/src/api.ts sets the first two). */
const BROWSER_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json',
  'accept-encoding': 'gzip, deflate, br',
};
/** The web client's session cookie (apps/api/src/accounts/request-auth.ts). */
const SESSION_COOKIE = 'ncasc_session';

/**
 * A GraphQL request; signed in as the i-th signed-in delegate with a bearer token (an API client) or,
 * as a browser, with the session cookie.
 */
const gql =
  (
    query: string,
    variables: (d: Generated, i: number) => Record<string, unknown>,
    { browser = false, signedIn = false }: { browser?: boolean; signedIn?: boolean } = {},
  ): Calls =>
  (d, i) => {
    const who = d.delegates[i % d.delegates.length];
    const auth: Record<string, string> = !signedIn
      ? {}
      : browser
        ? { cookie: `${SESSION_COOKIE}=${who.token}` }
        : { authorization: `Bearer ${who.token}` };
    return {
      method: 'POST',
      path: '/graphql',
      headers: { ...(browser ? BROWSER_HEADERS : API_HEADERS), ...auth },
      body: JSON.stringify({ query, variables: variables(d, i) }),
    };
  };

const get =
  (path: (d: Generated, i: number) => string): Calls =>
  (d, i) => ({ method: 'GET', path: path(d, i), headers: {} });

/** autocannon's form of a scenario's requests: each one asks `call` for the next. */
function loadRequest(call: Calls, data: Generated): autocannon.Request {
  const first = call(data, 0);
  return {
    method: first.method,
    path: first.path,
    headers: first.headers,
    setupRequest: (req) => {
      const c = call(data, counter++);
      return { ...req, method: c.method, path: c.path, headers: c.headers, body: c.body };
    },
  };
}

/** A GraphQL request made once (setting up the import), its errors thrown. */
async function graphqlOnce(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(`${APP}/graphql`, {
    method: 'POST',
    headers: { ...API_HEADERS, authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

/** The import: a new edition (made once) whose draft is thrown away before each timed import of the sheet. */
function importScenario(scale: Scale, from: string): Scenario['single'] {
  const slug = 'ncasc-2040';
  const days = ['2040-11-05', '2040-11-06', '2040-11-07'];
  let sheet = '';
  let token = '';
  return {
    before: async (data) => {
      token = data.organiserToken;
      sheet = programmeSheet(scale.importSessions, days, scale.rooms, data.themes);
      const made = await graphqlOnce(
        WEB.createConference,
        {
          input: {
            series: 'NCASC',
            year: 2040,
            name: 'Benchmark import 2040',
            startsOn: days[0],
            endsOn: days.at(-1),
            timezone: 'Europe/London',
            copyFrom: from,
          },
        },
        token,
      );
      // made by an earlier run on this data set: its draft is thrown away below
      if (made.errors && !/already|exists/i.test(made.errors[0].message))
        throw new Error(`createConference: ${made.errors[0].message}`);
    },
    prepare: async () => {
      await graphqlOnce(WEB.discardDraft, { slug }, token);
    },
    run: async () => {
      const r = await graphqlOnce(
        WEB.importProgramme,
        { input: { conferenceSlug: slug, format: 'CSV', content: sheet, dryRun: false } },
        token,
      );
      const report = r.data?.importProgramme as
        { applied: boolean; added: unknown[]; problems: unknown[] } | undefined;
      if (r.errors || !report?.applied || report.added.length !== scale.importSessions)
        throw new Error(`import: ${JSON.stringify(r.errors ?? report?.problems ?? r).slice(0, 500)}`);
    },
  };
}

function scenarios(scale: Scale): Scenario[] {
  const [large, ...others] = scale.conferences;
  const sized = [...scale.conferences].sort((a, b) => a.sessions - b.sessions);
  const one = () => 1;
  const days = (d: Generated) => d.days.length;
  const words = () => SEARCH_WORDS.length;
  const word = (i: number) => SEARCH_WORDS[i % SEARCH_WORDS.length];
  const booklet = (slug: string) => `/print/conferences/${slug}.pdf`;
  const embed = (slug: string) => `/embed/v1/conferences/${slug}.json`;
  return [
    { scenario: 'agenda', baseline: true, replay: one, call: gql(AGENDA, () => ({ slug: large.slug })) },
    {
      scenario: 'day agenda',
      baseline: true,
      replay: days,
      call: gql(DAY, (d, i) => ({ slug: large.slug, day: d.days[i % d.days.length] })),
    },
    // as a phone's browser asks: the web client's own operation, its variables, the answer compressed
    // (autocannon counts the bytes, decoding nothing); the baseline compresses each answer, as the
    // compression() middleware would
    {
      scenario: 'agenda (browser)',
      baseline: true,
      replay: one,
      call: gql(WEB.agenda, () => ({ slug: large.slug }), { browser: true }),
    },
    {
      // the web client has no query of one day: a day's tab is the agenda filtered in the page, so this
      // is the same request as "agenda (browser)" (the name is kept; docs and results refer to it)
      scenario: 'day agenda (browser)',
      baseline: true,
      replay: one,
      call: gql(WEB.agenda, () => ({ slug: large.slug }), { browser: true }),
    },
    {
      scenario: 'mySchedule',
      baseline: true,
      call: gql(MY_SCHEDULE, () => ({ slug: large.slug }), { signedIn: true }),
    },
    {
      scenario: 'mySchedule (browser)',
      baseline: true,
      call: gql(WEB.mySchedule, () => ({ conferenceSlug: large.slug }), { browser: true, signedIn: true }),
    },
    {
      scenario: 'search',
      baseline: true,
      replay: words,
      call: gql(SEARCH, (_, i) => ({ q: word(i) })),
    },
    {
      scenario: 'search (browser)',
      baseline: true,
      replay: words,
      call: gql(
        WEB.search,
        (_, i) => ({ query: word(i), conferenceSlug: null, kinds: null, first: WEB_SEARCH_FIRST }),
        { browser: true },
      ),
    },
    { scenario: 'notes', baseline: true, call: gql(NOTES, () => ({}), { signedIn: true }) },
    {
      scenario: 'notes (browser)',
      baseline: true,
      call: gql(WEB.notes, () => ({ conferenceSlug: null }), { browser: true, signedIn: true }),
    },
    {
      scenario: 'personal feed .ics',
      baseline: true,
      call: get((d, i) => `/calendar/feeds/${d.delegates[i % d.delegates.length].feedToken}.ics`),
    },
    {
      scenario: 'saveNote',
      baseline: true,
      call: gql(
        SAVE_NOTE,
        (d, i) => ({ input: { sessionId: d.sessionIds[i % d.sessionIds.length], body: `Bench note ${i}` } }),
        { signedIn: true },
      ),
    },
    {
      // star, then unstar, a session of a delegate: request 2k stars pair k, 2k + 1 takes it off again, so
      // each one writes (the web client's own mutations)
      scenario: 'starSession',
      baseline: true,
      call: (d, i) => {
        const pair = i >> 1;
        return gql(
          i % 2 ? WEB.unstarSession : WEB.starSession,
          () => ({
            sessionId: d.sessionIds[(pair * 7919) % d.sessionIds.length],
          }),
          { signedIn: true },
        )(d, pair);
      },
    },
    {
      scenario: 'conference .ics',
      baseline: true,
      replay: one,
      call: get(() => `/calendar/conferences/${large.slug}.ics`),
    },
    {
      // the printed programme: made once per programme version (cold), then sent as it was kept (warm)
      scenario: 'booklet .pdf',
      baseline: false,
      replay: one,
      firstByte: booklet(large.slug),
      call: get(() => booklet(large.slug)),
    },
    // growth last: the 20,000-session agenda leaves the process larger for whatever follows it
    ...sized
      .filter((c) => others.includes(c) || c === large)
      .flatMap((c): Scenario[] => [
        {
          scenario: `agenda @${c.sessions}`,
          baseline: true,
          replay: one,
          call: gql(AGENDA, () => ({ slug: c.slug })),
        },
        {
          scenario: `search @${c.sessions}`,
          baseline: true,
          replay: words,
          call: gql(SEARCH_IN, (_, i) => ({ q: word(i), slug: c.slug })),
        },
        {
          // the embeddable widget's data (apps/api/src/embed), as its script fetches it
          scenario: `embed @${c.sessions}`,
          baseline: false,
          replay: one,
          call: get(() => embed(c.slug)),
        },
      ]),
    {
      // a timed single operation, not load: an organiser imports a sheet into a new edition's draft
      scenario: `import @${scale.importSessions}`,
      baseline: false,
      single: importScenario(scale, large.slug),
    },
    // the booklets of the growth runs last: the 20,000-session one has stopped the app (out of memory)
    ...sized
      .filter((c) => others.includes(c) || c === large)
      .map((c): Scenario => ({
        scenario: `booklet @${c.sessions}`,
        baseline: false,
        replay: one,
        firstByte: booklet(c.slug),
        call: get(() => booklet(c.slug)),
      })),
  ];
}

/** A server's answer to a request, byte for byte, with the headers a cache would keep. */
function recordAnswer(call: Call, server = APP): Promise<Recording> {
  return new Promise((done, fail) => {
    const body = call.body ?? '';
    const req = httpRequest(
      `${server}${call.path}`,
      { method: call.method, headers: { ...call.headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', fail);
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const h of ['content-type', 'content-encoding', 'vary', 'etag']) {
            const v = res.headers[h];
            if (v !== undefined) headers[h] = String(v);
          }
          if ((res.statusCode ?? 500) >= 300)
            fail(new Error(`${call.path}: ${res.statusCode} while recording`));
          done({
            key: replayKey(call.method, call.path, call.headers['accept-encoding'], body),
            status: res.statusCode ?? 500,
            headers,
            body: Buffer.concat(chunks).toString('base64'),
          });
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/**
 * One request of the scenario to each side, before its rounds: a GraphQL answer with errors is sent
 * with status 200, which autocannon counts as an answer, so an answer that is not data stops the run.
 */
async function checkAnswers(s: Scenario, call: Call, sides: string[]): Promise<void> {
  if (call.path !== '/graphql') return;
  for (const side of sides) {
    // fetch decodes what the server compressed
    const res = await fetch(`${side}${call.path}`, {
      method: call.method,
      headers: call.headers,
      body: call.body,
    });
    const answer = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    if (answer.errors?.length || !answer.data)
      throw new Error(`${s.scenario}: ${side} answered ${JSON.stringify(answer).slice(0, 300)}`);
  }
}

/**
 * Records the app's answer to each distinct request of a scenario (n of them), gives them to the
 * replay server and checks that it sends each one back as recorded.
 */
async function replayAll(replay: ChildProcess, call: Calls, data: Generated, n: number): Promise<void> {
  const kept = new Map<string, [Call, Recording]>();
  for (let i = 0; i < n; i++) {
    const c = call(data, i);
    const key = replayKey(c.method, c.path, c.headers['accept-encoding'], c.body ?? '');
    if (!kept.has(key)) kept.set(key, [c, await recordAnswer(c)]);
  }
  await new Promise<void>((done, fail) => {
    replay.once('message', () => done());
    replay.send(
      [...kept.values()].map(([, r]) => r),
      (e) => e && fail(e),
    );
  });
  for (const [c, recorded] of kept.values()) {
    const replayed = await recordAnswer(c, REPLAY);
    if (
      replayed.body !== recorded.body ||
      JSON.stringify(replayed.headers) !== JSON.stringify(recorded.headers)
    )
      throw new Error(`the replay of ${c.path} differs from the app's answer`);
  }
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${url}:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function start(
  command: string[],
  env: Record<string, string>,
  ipc = false,
): { child: ChildProcess; output: () => string } {
  let log = '';
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? (['ipc'] as const) : [])],
  });
  child.stdout?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  return { child, output: () => log };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });

const appEnv = (file: string, port: number): Record<string, string> => ({
  ...appStart(ROOT).env,
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: `sqlite:${file}`,
  APP_SECRET,
  LOG_LEVEL: 'warn',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  // the benchmark is one address hammering writes for thousands of delegates: limits meant for people
  // (300 writes a minute per user, 3,000 per address) would measure the limiter, not the app
  RATE_LIMIT_WRITES_USER: '1000000/60',
  RATE_LIMIT_WRITES_ADDRESS: '9999999/60',
  ...JSON.parse(process.env.BENCH_APP_ENV ?? '{}'),
});

/** The migrated, seeded database with the synthetic data, made once per scale and data version. */
async function database(scale: Scale): Promise<{ file: string; data: Generated }> {
  const dir = join(BENCH, '.data');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${scale.name}-v${DATA_VERSION}.sqlite`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) return { file, data: JSON.parse(readFileSync(meta, 'utf8')) };
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  console.log(`generating the ${scale.name} data set…`);
  const started = Date.now();
  // the app migrates and seeds the file as on a first start
  const app = start(
    [...appStart(ROOT).flags, join(ROOT, 'apps/api/dist/main.js')],
    appEnv(file, GENERATE_PORT),
  );
  await waitFor(`http://127.0.0.1:${GENERATE_PORT}/healthz`, app.child, app.output);
  await stop(app.child);
  const data = generate(file, scale, APP_SECRET);
  writeFileSync(meta, JSON.stringify(data));
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { file, data };
}

/** Highest resident set size of a process while `work` runs, in MB (Linux /proc). */
async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<[T, number]> {
  let peak = 0;
  const sample = () => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Number(kb ?? 0) / 1024);
    } catch {
      // not on Linux, or gone
    }
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await work();
    sample();
    return [result, peak];
  } finally {
    clearInterval(timer);
  }
}

/** Waits (up to a minute) until the server answers a health check within 50 ms. */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    try {
      await fetch(url);
      if (Date.now() - started < 50) return;
    } catch {
      // busy or restarting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Milliseconds from sending a GET to its answer's first byte (the rest is read and dropped). */
async function firstByte(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url}: ${res.status}`);
  const body = res.body.getReader();
  await body.read();
  const ms = performance.now() - started;
  while (!(await body.read()).done);
  return Math.round(ms * 10) / 10;
}

type Measured = Awaited<ReturnType<typeof load>>;

const round1 = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Several rounds of one side: requests over the whole time; latencies as the median round's, among the
 * rounds that finished a request (null when none did: a round that answered nothing has no latency).
 */
function combine(
  rounds: Measured[],
): Omit<Measured, 'p50' | 'p99'> & { p50: number | null; p99: number | null } {
  const answered = rounds.filter((r) => r.reqPerSec > 0);
  return {
    reqPerSec: rounds.reduce((sum, r) => sum + r.reqPerSec, 0) / rounds.length,
    p50: answered.length ? median(answered.map((r) => r.p50)) : null,
    p99: answered.length ? median(answered.map((r) => r.p99)) : null,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

async function load(url: string, request: autocannon.Request, duration: number, connections: number) {
  // a 20,000-session agenda takes seconds on either side: wait for it rather than count it as an error
  const r = await autocannon({ url, connections, duration, timeout: 60, requests: [request] });
  return {
    // requests answered over the run (autocannon's per-second average drops a partial last second)
    reqPerSec: r.requests.total / (r.duration || duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

const ratio = (a: number, b: number | null | undefined) => (b ? Math.round((a / b) * 100) / 100 : null);
const show = (v: number | null | undefined, width: number) => String(v ?? '-').padStart(width);

function printResult(r: ScenarioResult): void {
  if (r.failure) return console.log(`${r.scenario.padEnd(22)} FAILED: ${r.failure}`);
  const line =
    r.operationMs !== undefined
      ? `${r.scenario.padEnd(22)} one operation ${r.operationMs} ms (median of ${r.rounds.length}: ${r.rounds.map((x) => x.operationMs).join(', ')} ms)`
      : `${r.scenario.padEnd(22)} ${show(r.reqPerSec, 8)} req/s  p50 ${show(r.p50Ms, 4)} ms  p99 ${show(r.p99Ms, 5)} ms` +
        `  | baseline ${show(r.baselineReqPerSec, 8)} req/s  p99 ${show(r.baselineP99Ms, 5)} ms  ratio ${show(r.ratio, 5)}` +
        `  | replay ${show(r.replayReqPerSec, 8)} req/s  p99 ${show(r.replayP99Ms, 5)} ms  ratio ${show(r.replayRatio, 5)}`;
  console.log(
    `${line}  rss ${r.rssMb} MB${r.firstByteColdMs !== undefined ? `  first byte cold ${r.firstByteColdMs} ms, warm ${r.firstByteWarmMs} ms` : ''}${r.errors ? `  (${r.errors} errors)` : ''}`,
  );
}

/** A single timed operation a round (the import), with the app's peak RSS while it runs. */
async function single(
  s: Scenario,
  op: NonNullable<Scenario['single']>,
  data: Generated,
  pid: number,
  rounds: number,
): Promise<ScenarioResult> {
  await op.before(data);
  const times: number[] = [];
  let rss = 0;
  let errors = 0;
  for (let round = 0; round < rounds; round++) {
    await op.prepare();
    await settle(`${APP}/healthz`);
    const started = performance.now();
    const [ok, peak] = await peakRss(pid, () =>
      op.run().then(
        () => true,
        (e: unknown) => {
          console.error(e);
          return false;
        },
      ),
    );
    if (!ok) errors++;
    times.push(Math.round(performance.now() - started));
    rss = Math.max(rss, peak);
  }
  return {
    scenario: s.scenario,
    reqPerSec: null,
    p50Ms: null,
    p99Ms: null,
    baselineReqPerSec: null,
    baselineP99Ms: null,
    ratio: null,
    rssMb: Math.round(rss),
    errors,
    operationMs: median(times),
    rounds: times.map((ms) => ({
      reqPerSec: null,
      p99Ms: null,
      baselineReqPerSec: null,
      baselineP99Ms: null,
      operationMs: ms,
    })),
  };
}

/** A scenario under load: the app, the baseline and the replay taking turns, round after round. */
async function underLoad(
  s: Scenario,
  call: Calls,
  data: Generated,
  pid: number,
  replay: { child: ChildProcess },
  o: { rounds: number; duration: number; connections: number; warmUp: number; smoke: boolean },
): Promise<ScenarioResult> {
  const request = () => loadRequest(call, data);
  let cold: [number, number] | undefined;
  let warm: number | undefined;
  if (s.firstByte) {
    const url = `${APP}${s.firstByte}`;
    cold = await peakRss(pid, () => firstByte(url));
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await firstByte(url));
    warm = median(times);
  }
  await checkAnswers(s, call(data, counter++), s.baseline ? [APP, BASELINE] : [APP]);
  // the replay serves what the app answers now (after the first byte's cold request, as kept)
  if (s.replay) await replayAll(replay.child, call, data, s.replay(data));
  {
    // a short warm-up of each side first: JIT, caches, prepared statements
    if (o.warmUp) {
      await load(APP, request(), o.warmUp, o.connections);
      // and let it finish what the warm-up started (a 20,000-session agenda takes seconds to make)
      await settle(`${APP}/healthz`);
    }
    // the sides take turns, round after round, so a slow spell of a shared machine falls on each
    const ourRounds: Measured[] = [];
    const baseRounds: Measured[] = [];
    const replayRounds: Measured[] = [];
    let rss = cold?.[1] ?? 0;
    const others: [string, Measured[]][] = [
      ...(s.baseline ? [[BASELINE, baseRounds] as [string, Measured[]]] : []),
      // the smoke run checked above that the replay answers; loading it would only add numbers
      ...(s.replay && !o.smoke ? [[REPLAY, replayRounds] as [string, Measured[]]] : []),
    ];
    for (let round = 0; round < o.rounds; round++) {
      // each side starts its round with the others' queues drained (a 20,000-session agenda takes the
      // baseline seconds a request, and 50 may still be queued after its round)
      for (const [url] of others) await settle(`${url}/`);
      await settle(`${APP}/healthz`);
      const [ours, peak] = await peakRss(pid, () => load(APP, request(), o.duration, o.connections));
      ourRounds.push(ours);
      rss = Math.max(rss, peak);
      for (const [url, kept] of others) {
        if (o.warmUp && round === 0) {
          await load(url, request(), o.warmUp, o.connections);
          await settle(`${url}/`);
        }
        await settle(`${APP}/healthz`);
        await settle(`${url}/`);
        kept.push(await load(url, request(), o.duration, o.connections));
      }
    }
    const ours = combine(ourRounds);
    const base = s.baseline ? combine(baseRounds) : null;
    const rep = replayRounds.length ? combine(replayRounds) : null;
    return {
      scenario: s.scenario,
      reqPerSec: round1(ours.reqPerSec),
      p50Ms: ours.p50,
      p99Ms: ours.p99,
      baselineReqPerSec: base ? round1(base.reqPerSec) : null,
      baselineP99Ms: base ? base.p99 : null,
      ratio: base ? ratio(ours.reqPerSec, base.reqPerSec) : null,
      ...(rep
        ? {
            replayReqPerSec: round1(rep.reqPerSec),
            replayP99Ms: rep.p99,
            replayRatio: ratio(ours.reqPerSec, rep.reqPerSec),
          }
        : {}),
      rssMb: Math.round(rss),
      errors: ours.errors + (base?.errors ?? 0) + (rep?.errors ?? 0),
      ...(cold ? { firstByteColdMs: cold[0], firstByteWarmMs: warm } : {}),
      rounds: ourRounds.map((r, i) => ({
        reqPerSec: round1(r.reqPerSec),
        p99Ms: r.reqPerSec ? r.p99 : null,
        baselineReqPerSec: baseRounds[i] ? round1(baseRounds[i].reqPerSec) : null,
        baselineP99Ms: baseRounds[i]?.reqPerSec ? baseRounds[i].p99 : null,
        ...(rep
          ? {
              replayReqPerSec: replayRounds[i] ? round1(replayRounds[i].reqPerSec) : null,
              replayP99Ms: replayRounds[i]?.reqPerSec ? replayRounds[i].p99 : null,
            }
          : {}),
      })),
    };
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      duration: { type: 'string' },
      connections: { type: 'string', default: '50' },
      rounds: { type: 'string' },
      'warm-up': { type: 'string' },
      only: { type: 'string' },
    },
  });
  const scale = values.smoke ? SMOKE : FULL;
  const duration = Number(values.duration ?? (values.smoke ? 1 : 4));
  const rounds = Number(values.rounds ?? (values.smoke ? 1 : 3));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds: a whole number, 1 or more');
  if (!(duration > 0)) throw new Error('--duration: a number of seconds above 0');
  // and with few connections, no warm-up
  const connections = values.smoke ? 4 : Number(values.connections);
  const warmUp = values.smoke ? 0 : Number(values['warm-up'] ?? Math.min(2, duration));
  if (!(warmUp >= 0)) throw new Error('--warm-up: a number of seconds, 0 or more');
  const { file, data } = await database(scale);

  const startApp = () =>
    start([...appStart(ROOT).flags, join(ROOT, 'apps/api/dist/main.js')], appEnv(file, APP_PORT));
  let app = startApp();
  const baseline = start([join(BENCH, 'dist', 'baseline.js'), file, String(BASELINE_PORT)], {});
  const replay = start([join(BENCH, 'dist', 'replay.js'), String(REPLAY_PORT)], {}, true);
  try {
    await waitFor(`${APP}/healthz`, app.child, app.output);
    await waitFor(`${BASELINE}/`, baseline.child, baseline.output);
    await waitFor(`${REPLAY}/`, replay.child, replay.output);
    const only = values.only?.split(',');
    const results: ScenarioResult[] = [];
    for (const s of scenarios(scale).filter((x) => !only || only.includes(x.scenario))) {
      // let the app finish what the last scenario left queued before measuring the next
      await settle(`${APP}/healthz`);
      let result: ScenarioResult;
      try {
        result = s.single
          ? await single(s, s.single, data, app.child.pid!, rounds)
          : await underLoad(s, s.call!, data, app.child.pid!, replay, {
              rounds,
              duration,
              connections,
              smoke: values.smoke,
              warmUp,
            });
      } catch (e) {
        // a scenario that stops the app (out of memory, say) is a result: written down, and the app
        // started again for the rest
        // (a dying process closes its sockets a moment before its exit is seen)
        await new Promise((r) => setTimeout(r, 2000));
        const exited = app.child.exitCode !== null || app.child.signalCode !== null;
        const failure = `${exited ? `the app stopped (${app.child.exitCode ?? app.child.signalCode}): ${/FATAL ERROR[^\n]*/.exec(app.output())?.[0] ?? app.output().slice(-300)}` : String(e)}`;
        result = {
          scenario: s.scenario,
          reqPerSec: 0,
          p50Ms: null,
          p99Ms: null,
          baselineReqPerSec: null,
          baselineP99Ms: null,
          ratio: null,
          rssMb: 0,
          errors: 1,
          failure,
          rounds: [],
        };
        if (exited) {
          app = startApp();
          await waitFor(`${APP}/healthz`, app.child, app.output);
        }
      }
      results.push(result);
      printResult(result);
    }
    const report = {
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      scale: scale.name,
      durationSeconds: duration,
      rounds,
      connections,
      ranAt: new Date().toISOString(),
      scenarios: results,
    };
    // results.json holds a whole run only: a smoke run or a run of some scenarios goes to artifacts
    const out = values.smoke
      ? join(ROOT, 'e2e', 'artifacts', 'bench-smoke.json')
      : only
        ? join(ROOT, 'e2e', 'artifacts', 'bench-some.json')
        : join(BENCH, 'results.json');
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwritten to ${out}`);
    const failed = results.filter((r) => r.errors > 0 || r.reqPerSec === 0);
    if (failed.length) {
      console.error(
        `errors in: ${failed.map((r) => r.scenario).join(', ')}\n${app.output().slice(-3000)}\nbaseline: ${baseline.output().slice(-2000)}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await Promise.all([stop(app.child), stop(baseline.child), stop(replay.child)]);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
