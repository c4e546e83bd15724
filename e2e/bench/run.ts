import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appNodeFlags } from './app-flags';
import { generate, type Generated } from './generate';
import { AGENDA, DAY, MY_SCHEDULE, SAVE_NOTE, SEARCH, SEARCH_IN, SEARCH_WORDS } from './queries';
import { FULL, type Scale, SMOKE } from './scale';

/**
 * `npm run bench`: builds a large synthetic conference next to the seeded ones, starts the built app in
 * production mode and a plain node:http baseline on the same database file, and drives both with
 * autocannon over loopback. Writes a table to stdout and e2e/bench/results.json.
 *   --smoke        small data and short runs (CI: proves every scenario works; numbers mean nothing)
 *   --duration N   seconds per round of each side (default 4)
 *   --rounds N     rounds per scenario, the app and the baseline taking turns (default 3)
 *   --warm-up S    seconds of load on each side before a scenario is measured (default 2)
 *   --only a,b     only these scenarios
 */
const ROOT = resolve(__dirname, '..', '..', '..');
const BENCH = join(ROOT, 'e2e', 'bench');
const APP_SECRET = 'bench-secret-0123456789-0123456789-0123456789';
/** The ports of a run: the data set's first start, the app, the baseline (BENCH_PORT moves them together). */
const PORT = Number(process.env.BENCH_PORT ?? 3990);
const GENERATE_PORT = PORT;
const APP_PORT = PORT + 1;
const BASELINE_PORT = PORT + 2;
const APP = `http://127.0.0.1:${APP_PORT}`;
const BASELINE = `http://127.0.0.1:${BASELINE_PORT}`;
/** Bump when generate.ts changes what it writes: cached databases are made again. */
const DATA_VERSION = 1;

interface Scenario {
  scenario: string;
  /** Requests: the same for the app and the baseline. */
  request: (data: Generated) => autocannon.Request;
  /** No baseline for writes. */
  baseline: boolean;
  /** Also time to first byte of this GET: the first request (made cold, at this version) and then warm. */
  firstByte?: string;
}

export interface ScenarioResult {
  scenario: string;
  reqPerSec: number;
  p50Ms: number | null;
  p99Ms: number | null;
  baselineReqPerSec: number | null;
  baselineP99Ms: number | null;
  ratio: number | null;
  rssMb: number;
  errors: number;
  /** For a file made once per programme version: the first request's time to first byte (cold), then the median of five more (warm). */
  firstByteColdMs?: number;
  firstByteWarmMs?: number;
  /** Each round of the two sides, in turn. */
  rounds: {
    reqPerSec: number;
    p99Ms: number | null;
    baselineReqPerSec: number | null;
    baselineP99Ms: number | null;
  }[];
}

let counter = 0;
/** What a browser adds to the web client's GraphQL requests (apps/web/src/api.ts sends the Accept). */
const BROWSER_HEADERS = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };

const gql =
  (
    query: string,
    variables: (d: Generated) => Record<string, unknown>,
    auth = false,
    extraHeaders: Record<string, string> = {},
  ) =>
  (data: Generated): autocannon.Request => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...extraHeaders },
    setupRequest: (req) => {
      counter++;
      const who = data.delegates[counter % data.delegates.length];
      return {
        ...req,
        headers: { ...req.headers, ...(auth ? { authorization: `Bearer ${who.token}` } : {}) },
        body: JSON.stringify({ query, variables: variables(data) }),
      };
    },
  });

function scenarios(scale: Scale): Scenario[] {
  const [large, ...others] = scale.conferences;
  const sized = [...scale.conferences].sort((a, b) => a.sessions - b.sessions);
  return [
    { scenario: 'agenda', baseline: true, request: gql(AGENDA, () => ({ slug: large.slug })) },
    {
      scenario: 'day agenda',
      baseline: true,
      request: gql(DAY, (d) => ({ slug: large.slug, day: d.days[counter % d.days.length] })),
    },
    // as a phone asks: the answer compressed (autocannon counts the bytes, decoding nothing); the
    // baseline compresses each answer, as the compression() middleware would
    {
      scenario: 'agenda (browser)',
      baseline: true,
      request: gql(AGENDA, () => ({ slug: large.slug }), false, BROWSER_HEADERS),
    },
    {
      scenario: 'day agenda (browser)',
      baseline: true,
      request: gql(
        DAY,
        (d) => ({ slug: large.slug, day: d.days[counter % d.days.length] }),
        false,
        BROWSER_HEADERS,
      ),
    },
    { scenario: 'mySchedule', baseline: true, request: gql(MY_SCHEDULE, () => ({ slug: large.slug }), true) },
    {
      scenario: 'search',
      baseline: true,
      request: gql(SEARCH, () => ({ q: SEARCH_WORDS[counter % SEARCH_WORDS.length] })),
    },
    {
      scenario: 'personal feed .ics',
      baseline: true,
      request: (d) => ({
        method: 'GET',
        path: '/',
        setupRequest: (req) => ({
          ...req,
          path: `/calendar/feeds/${d.delegates[counter++ % d.delegates.length].feedToken}.ics`,
        }),
      }),
    },
    {
      scenario: 'saveNote',
      baseline: false,
      request: gql(
        SAVE_NOTE,
        (d) => ({
          input: { sessionId: d.sessionIds[counter % d.sessionIds.length], body: `Bench note ${counter}` },
        }),
        true,
      ),
    },
    {
      scenario: 'conference .ics',
      baseline: true,
      request: () => ({ method: 'GET', path: `/calendar/conferences/${large.slug}.ics` }),
    },
    {
      // the printed programme: made once per programme version (cold), then sent as it was kept (warm)
      scenario: 'booklet .pdf',
      baseline: false,
      firstByte: `/print/conferences/${large.slug}.pdf`,
      request: () => ({ method: 'GET', path: `/print/conferences/${large.slug}.pdf` }),
    },
    // growth last: the 20,000-session agenda leaves the process larger for whatever follows it
    ...sized
      .filter((c) => others.includes(c) || c === large)
      .flatMap((c) => [
        {
          scenario: `agenda @${c.sessions}`,
          baseline: true,
          request: gql(AGENDA, () => ({ slug: c.slug })),
        },
        {
          scenario: `search @${c.sessions}`,
          baseline: true,
          request: gql(SEARCH_IN, () => ({ q: SEARCH_WORDS[counter % SEARCH_WORDS.length], slug: c.slug })),
        },
      ]),
  ];
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
): { child: ChildProcess; output: () => string } {
  let log = '';
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
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
  const app = start([...appNodeFlags(ROOT), join(ROOT, 'apps/api/dist/main.js')], appEnv(file, GENERATE_PORT));
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
  // the smoke run proves each scenario answers, in a few seconds: few connections, no warm-up
  const connections = values.smoke ? 4 : Number(values.connections);
  const warmUp = values.smoke ? 0 : Number(values['warm-up'] ?? Math.min(2, duration));
  if (!(warmUp >= 0)) throw new Error('--warm-up: a number of seconds, 0 or more');
  const { file, data } = await database(scale);

  const app = start([...appNodeFlags(ROOT), join(ROOT, 'apps/api/dist/main.js')], appEnv(file, APP_PORT));
  const baseline = start([join(BENCH, 'dist', 'baseline.js'), file, String(BASELINE_PORT)], {});
  try {
    await waitFor(`${APP}/healthz`, app.child, app.output);
    await waitFor(`${BASELINE}/`, baseline.child, baseline.output);
    const only = values.only?.split(',');
    const results: ScenarioResult[] = [];
    for (const s of scenarios(scale).filter((x) => !only || only.includes(x.scenario))) {
      // let the app finish what the last scenario left queued before measuring the next
      await settle(`${APP}/healthz`);
      let cold: [number, number] | undefined;
      let warm: number | undefined;
      if (s.firstByte) {
        const url = `${APP}${s.firstByte}`;
        cold = await peakRss(app.child.pid!, () => firstByte(url));
        const times: number[] = [];
        for (let i = 0; i < 5; i++) times.push(await firstByte(url));
        warm = median(times);
      }
      // a short warm-up of each side first: JIT, caches, prepared statements
      if (warmUp) {
        await load(APP, s.request(data), warmUp, connections);
        // and let it finish what the warm-up started (a 20,000-session agenda takes seconds to make)
        await settle(`${APP}/healthz`);
      }
      // the two sides take turns, round after round, so a slow spell of a shared machine falls on both
      const ourRounds: Measured[] = [];
      const baseRounds: Measured[] = [];
      let rss = cold?.[1] ?? 0;
      for (let round = 0; round < rounds; round++) {
        // each side starts its round with the other's queue drained (a 20,000-session agenda takes the
        // baseline seconds a request, and 50 may still be queued after its round)
        await settle(`${BASELINE}/`);
        await settle(`${APP}/healthz`);
        const [ours, peak] = await peakRss(app.child.pid!, () =>
          load(APP, s.request(data), duration, connections),
        );
        ourRounds.push(ours);
        rss = Math.max(rss, peak);
        if (s.baseline) {
          if (warmUp && round === 0) {
            await load(BASELINE, s.request(data), warmUp, connections);
            await settle(`${BASELINE}/`);
          }
          await settle(`${APP}/healthz`);
          await settle(`${BASELINE}/`);
          baseRounds.push(await load(BASELINE, s.request(data), duration, connections));
        }
      }
      const ours = combine(ourRounds);
      const base = s.baseline ? combine(baseRounds) : null;
      const result: ScenarioResult = {
        scenario: s.scenario,
        reqPerSec: Math.round(ours.reqPerSec * 10) / 10,
        p50Ms: ours.p50,
        p99Ms: ours.p99,
        baselineReqPerSec: base ? Math.round(base.reqPerSec * 10) / 10 : null,
        baselineP99Ms: base ? base.p99 : null,
        ratio: base && base.reqPerSec ? Math.round((ours.reqPerSec / base.reqPerSec) * 100) / 100 : null,
        rssMb: Math.round(rss),
        errors: ours.errors + (base?.errors ?? 0),
        ...(cold ? { firstByteColdMs: cold[0], firstByteWarmMs: warm } : {}),
        rounds: ourRounds.map((o, i) => ({
          reqPerSec: round1(o.reqPerSec),
          p99Ms: o.reqPerSec ? o.p99 : null,
          baselineReqPerSec: baseRounds[i] ? round1(baseRounds[i].reqPerSec) : null,
          baselineP99Ms: baseRounds[i]?.reqPerSec ? baseRounds[i].p99 : null,
        })),
      };
      results.push(result);
      console.log(
        `${s.scenario.padEnd(22)} ${String(result.reqPerSec).padStart(8)} req/s  p50 ${String(result.p50Ms).padStart(4)} ms  p99 ${String(result.p99Ms).padStart(5)} ms  | baseline ${String(result.baselineReqPerSec ?? '-').padStart(8)} req/s  p99 ${String(result.baselineP99Ms ?? '-').padStart(5)} ms  | ratio ${String(result.ratio ?? '-').padStart(5)}  rss ${result.rssMb} MB${cold ? `  first byte cold ${cold[0]} ms, warm ${warm} ms` : ''}${result.errors ? `  (${result.errors} errors)` : ''}`,
      );
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
      console.error(`errors in: ${failed.map((r) => r.scenario).join(', ')}\n${app.output().slice(-3000)}`);
      process.exitCode = 1;
    }
  } finally {
    await Promise.all([stop(app.child), stop(baseline.child)]);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
