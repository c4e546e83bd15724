#!/usr/bin/env node
// `npm run bench:web`: Lighthouse on the web client's pages, as a phone on a slow network sees them.
//
//   npm run bench:web [-- --runs 3] [-- --slug ncasc-2018] [-- --only home,agenda] [-- --reports]
//
// Starts the built app as `npm start` does (production, a new SQLite file, seeded), signs up a delegate
// through the API and stars a few sessions, then runs Lighthouse's default configuration (the mobile
// preset: a Moto G Power's screen, simulated slow 4G and a 4× slower CPU) on each page in Debian's
// Chromium, started here with a debugging port. Lighthouse resets the origin's storage (service worker,
// IndexedDB, caches) before each run but keeps cookies, so every run is a first visit and My schedule is
// seen signed in, through the session cookie the web client keeps.
//
// Per page, the median of the runs of: the performance score, cumulative layout shift, total blocking
// time, largest and first contentful paint, and the accessibility score. A table to stdout and, with
// every run, e2e/bench/web-results.json. Exits 1 when a page misses a target (TARGETS below).
//
// Ports: BENCH_PORT (when set) is the app's and BENCH_PORT + 1 Chromium's debugging port; otherwise
// free ones.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, freePort, ROOT, startBuiltApp, stopProcess } from './measure-support.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    slug: { type: 'string', default: 'ncasc-2018' },
    only: { type: 'string' },
    reports: { type: 'boolean', default: false },
  },
});
const RUNS = Number(opts.runs);
const SLUG = opts.slug;
const RESULTS = join(ROOT, 'e2e', 'bench', 'web-results.json');
/** With --reports, each run's whole Lighthouse report (JSON), to see what an audit found. */
const REPORTS = join(ROOT, 'e2e', 'artifacts', 'lighthouse');
const BASE_PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : null;

/** What every page must reach (the performance issue's targets). */
export const TARGETS = { performance: 95, cls: 0.02, tbtMs: 150, accessibility: 100 };

const DELEGATE = {
  email: 'lighthouse.delegate@council.example',
  password: 'long-enough-pw',
  name: 'Lighthouse Delegate',
};
/** How many of the conference's sessions the delegate stars. */
const STARS = 4;

async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A delegate with a few starred sessions; answers the first session's id, for the session page. */
async function prepare(url) {
  const { conference } = await gql(
    url,
    'query ($slug: String!) { conference(slug: $slug) { sessions { id } } }',
    {
      slug: SLUG,
    },
  );
  if (!conference?.sessions.length) throw new Error(`no sessions in the seeded conference ${SLUG}`);
  const { signUp } = await gql(url, 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: DELEGATE,
  });
  for (const s of conference.sessions.slice(0, STARS))
    await gql(url, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id: s.id }, signUp.token);
  return conference.sessions[0].id;
}

/** Debian's Chromium, headless, with a debugging port Lighthouse connects to. */
async function startChromium() {
  const port = BASE_PORT ? BASE_PORT + 1 : await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'bench-web-chromium-'));
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let failed = null;
  child.once('error', (e) => (failed = e));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (failed) throw new Error(`could not start ${CHROMIUM}: ${failed.message}`);
    if (child.exitCode !== null) throw new Error(`${CHROMIUM} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopProcess(child, profile);
      throw new Error(`${CHROMIUM} opened no debugging port within 20 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, stop: () => stopProcess(child, profile) };
}

/**
 * Signs the delegate in inside the browser, as the web client's sign-in page does: the API's answer
 * sets the httpOnly session cookie, which Lighthouse's storage reset leaves alone.
 */
async function signInBrowser(port, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const res = await browser.contexts()[0].request.post(`${url}/graphql`, {
      data: {
        query: 'mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }',
        variables: { i: { email: DELEGATE.email, password: DELEGATE.password } },
      },
    });
    if (!(await res.text()).includes('"signIn"'))
      throw new Error('the delegate could not sign in in the browser');
  } finally {
    // disconnects; the browser, its default context and the cookie stay
    await browser.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Lighthouse could not measure the page this time (a trace without its navigation, say). */
class LighthouseError extends Error {}

/** A run Lighthouse could not make is made again, up to twice. */
async function measureWithRetries(port, url, reportName) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(port, url, reportName);
    } catch (e) {
      if (!(e instanceof LighthouseError) || attempt === 3) throw e;
      process.stderr.write(`${e.message}: again\n`);
    }
  }
}

/** One Lighthouse run: the figures this benchmark keeps. */
async function measure(port, url, reportName) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (opts.reports) {
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(join(REPORTS, `${reportName}.json`), result.report);
  }
  const { categories, audits, runtimeError, runWarnings } = result.lhr;
  if (runtimeError)
    throw new LighthouseError(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
  const failedA11y = Object.values(audits)
    .filter(
      (a) => a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0),
    )
    .map((a) => a.id);
  return {
    // Lighthouse's own measure of this machine's speed at the time (higher is faster)
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
    performance: Math.round(categories.performance.score * 100),
    cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    accessibility: Math.round(categories.accessibility.score * 100),
    failedAccessibilityAudits: failedA11y,
    warnings: runWarnings,
  };
}

const FIGURES = ['performance', 'cls', 'tbtMs', 'lcpMs', 'fcpMs', 'accessibility'];

function meets(m) {
  return (
    m.performance >= TARGETS.performance &&
    m.cls <= TARGETS.cls &&
    m.tbtMs <= TARGETS.tbtMs &&
    m.accessibility >= TARGETS.accessibility
  );
}

const app = await startBuiltApp({ name: 'bench-web', port: BASE_PORT ?? undefined });
let browser;
const report = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  chromium: '',
  lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8'))
    .version,
  runs: RUNS,
  targets: TARGETS,
  // other work on the machine lengthens the page's tasks: the load average (1, 5, 15 min) before and after
  loadAverage: { before: loadavg().map((x) => Number(x.toFixed(2))), after: null },
  pages: [],
};
try {
  const sessionId = await prepare(app.url);
  const pages = [
    { page: 'home', path: '/' },
    { page: 'agenda', path: `/conferences/${SLUG}` },
    { page: 'session', path: `/sessions/${sessionId}` },
    { page: 'my schedule', path: `/conferences/${SLUG}/schedule`, signedIn: true },
  ].filter((p) => !opts.only || opts.only.split(',').includes(p.page));
  browser = await startChromium();
  report.chromium = (await (await fetch(`http://127.0.0.1:${browser.port}/json/version`)).json()).Browser;
  // signed in throughout: the public pages look the same either way, bar the header's account link
  await signInBrowser(browser.port, app.url);
  // one load first, so the server's own first-request costs (programme read, answers kept) are not counted
  for (const p of pages) await fetch(`${app.url}${p.path}`);
  for (const p of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(
        await measureWithRetries(
          browser.port,
          `${app.url}${p.path}`,
          `${p.page.replace(/\W+/g, '-')}-${i + 1}`,
        ),
      );
      process.stderr.write(`${p.page} run ${i + 1}: ${JSON.stringify(runs.at(-1))}\n`);
    }
    const medians = Object.fromEntries(FIGURES.map((f) => [f, median(runs.map((r) => r[f]))]));
    report.pages.push({
      page: p.page,
      path: p.path.replace(sessionId, ':id'),
      median: medians,
      meets: meets(medians),
      runs,
    });
  }
} finally {
  await browser?.stop();
  await app.stop();
}

report.loadAverage.after = loadavg().map((x) => Number(x.toFixed(2)));
writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
const spread = (p, f) => `${Math.min(...p.runs.map((r) => r[f]))}–${Math.max(...p.runs.map((r) => r[f]))}`;
console.log(
  `Lighthouse ${report.lighthouse} (mobile preset), ${report.chromium}, ${report.machine}; median of ${RUNS} runs ` +
    `(lowest–highest in brackets); load average ${report.loadAverage.before.join(' ')} before, ` +
    `${report.loadAverage.after.join(' ')} after`,
);
console.log('| page | performance | CLS | TBT ms | LCP ms | FCP ms | accessibility | on target |');
console.log('|---|---|---|---|---|---|---|---|');
for (const p of report.pages) {
  const m = p.median;
  console.log(
    `| ${p.page} | ${m.performance} (${spread(p, 'performance')}) | ${m.cls} | ${m.tbtMs} (${spread(p, 'tbtMs')}) | ${m.lcpMs} | ${m.fcpMs} | ${m.accessibility} | ${p.meets ? 'yes' : 'no'} |`,
  );
  const failed = [...new Set(p.runs.flatMap((r) => r.failedAccessibilityAudits))];
  if (failed.length) console.log(`  ${p.page}: accessibility audits failed: ${failed.join(', ')}`);
}
console.log(
  `Targets: performance ≥ ${TARGETS.performance}, CLS ≤ ${TARGETS.cls}, TBT ≤ ${TARGETS.tbtMs} ms, accessibility ${TARGETS.accessibility}.`,
);
process.exitCode = report.pages.every((p) => p.meets) ? 0 : 1;
