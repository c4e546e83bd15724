#!/usr/bin/env node
// First load of an agenda on a slow phone network, and the JavaScript it costs.
//
//   npm run build && node scripts/measure-first-load.mjs [--runs 3] [--slug ncasc-2018] [--url http://…]
//
// Starts the built app as `npm start` does (production, a new SQLite file) — or, with --url, measures
// an app already running there (behind a reverse proxy, say) — opens
// /conferences/<slug> in Debian's Chromium with a cold cache (a new browser context each run, so no
// HTTP cache and no service worker) under network throttling set through the DevTools protocol
// (Network.emulateNetworkConditions), and measures the time from the start of navigation to the first
// session title on screen (a requestAnimationFrame loop from the first script: the frame in which a
// .session-title first has a box). Prints the median of the runs for each profile, the bytes sent, and
// the gzipped size of the JavaScript; writes the same to e2e/artifacts/first-load.json.
//
// Profiles (throughput in bytes per second, as the protocol takes it):
//   "Slow 3G" — the target profile: 400 ms latency, 400 kbit/s down and up
//               (latency 400, downloadThroughput 50000, uploadThroughput 50000). 400 kbit/s is what
//               Chrome DevTools' 3G preset gives (500 kbit/s × 0.8); 400 ms is that preset's base
//               latency before DevTools multiplies it by 5.
//   "DevTools 3G preset" — the preset exactly as DevTools applies it (latency 400 × 5 = 2000 ms,
//               500 × 1000 / 8 × 0.8 = 50000 B/s each way), for comparison: at 2 s a round trip, three
//               sequential round trips (page, script, data) are 6 s before any transfer.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, startBuiltApp } from './measure-support.mjs';

const WEB_ASSETS = join(ROOT, 'apps', 'web', 'dist', 'assets');
const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '3'));
const SLUG = option('slug', 'ncasc-2018');
const URL_GIVEN = option('url', null);
const TARGET_MS = 3000;
const BUDGET_BYTES = 100 * 1024;

const PROFILES = [
  { name: 'Slow 3G', latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  { name: 'DevTools 3G preset', latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
];

/** Records, in the page, the moment (ms since navigation start) a session title first has a box. */
function watchForFirstTitle() {
  const look = () => {
    const title = document.querySelector('.session-title');
    if (title && title.getBoundingClientRect().height > 0) window.__firstTitleAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

async function measureOnce(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  await page.addInitScript(watchForFirstTitle);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.downloadThroughput,
    uploadThroughput: profile.uploadThroughput,
  });
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) =>
    requests.set(e.requestId, {
      url: e.response.url,
      type: e.type,
      encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? null,
      bytes: 0,
    }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.goto(`${url}/conferences/${SLUG}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__firstTitleAt !== undefined, null, {
    timeout: 120_000,
    polling: 50,
  });
  const ms = await page.evaluate(() => Math.round(window.__firstTitleAt));
  // what had arrived by then (and what follows straight after: the page's other queries)
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const list = [...requests.values()];
  const sum = (xs) => xs.reduce((n, r) => n + r.bytes, 0);
  const scripts = list.filter((r) => r.type === 'Script');
  await context.close();
  return {
    ms,
    transferred: sum(list),
    scriptsTransferred: sum(scripts),
    compressed: list.filter((r) => r.encoding).length,
    requests: list.length,
    scripts: scripts.map((r) => new URL(r.url).pathname.split('/').pop()),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

function javascriptSizes(loaded) {
  const files = readdirSync(WEB_ASSETS).filter((f) => f.endsWith('.js'));
  const sizes = files.map((f) => {
    const raw = readFileSync(join(WEB_ASSETS, f));
    return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  // what the first load of the agenda ran (not the staff editor, which loads when opened)
  const initial = sizes.filter((s) => loaded.has(s.file));
  return {
    all: sizes,
    initial: initial.map((s) => s.file),
    initialGzip: initial.reduce((n, s) => n + s.gzip, 0),
    totalGzip: sizes.reduce((n, s) => n + s.gzip, 0),
  };
}

const app = URL_GIVEN
  ? { url: URL_GIVEN.replace(/\/+$/, ''), stop: async () => {} }
  : await startBuiltApp({ name: 'first-load' });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_FLAGS,
});
const report = { slug: SLUG, runs: RUNS, targetMs: TARGET_MS, profiles: [], javascript: null };
try {
  // one unthrottled load first, so the server's own first-request costs are not counted
  await measureOnce(browser, app.url, { latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  for (const profile of PROFILES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser, app.url, profile));
    report.profiles.push({ ...profile, medianMs: median(runs.map((r) => r.ms)), runs });
  }
  report.javascript = javascriptSizes(
    new Set(report.profiles.flatMap((p) => p.runs.flatMap((r) => r.scripts))),
  );
} finally {
  await browser.close();
  await app.stop();
}

console.log(`First load of /conferences/${SLUG} at 360 px, cold cache, ${RUNS} runs each (median):`);
for (const p of report.profiles) {
  const r = p.runs[0];
  console.log(
    `  ${p.name.padEnd(20)} latency ${String(p.latency).padStart(4)} ms, ${(p.downloadThroughput * 8) / 1000} kbit/s: ` +
      `first session title after ${p.medianMs} ms (runs: ${p.runs.map((x) => x.ms).join(', ')})` +
      ` — ${kB(r.transferred)} over ${r.requests} requests, of it ${kB(r.scriptsTransferred)} JavaScript` +
      `${r.compressed ? '' : ', nothing compressed by the server'}`,
  );
}
const js = report.javascript;
console.log(
  `JavaScript, gzipped: ${kB(js.initialGzip)} run by the first load (${js.initial.join(', ')}), ${kB(js.totalGzip)} in all ` +
    `(${js.all.map((s) => `${s.file} ${kB(s.gzip)}`).join(', ')}); budget ${kB(BUDGET_BYTES)}`,
);
const target = report.profiles[0];
console.log(
  target.medianMs < TARGET_MS
    ? `Within the target: ${target.medianMs} ms < ${TARGET_MS} ms on ${target.name}.`
    : `Over the target: ${target.medianMs} ms ≥ ${TARGET_MS} ms on ${target.name}.`,
);
mkdirSync(ARTIFACTS, { recursive: true });
writeFileSync(join(ARTIFACTS, 'first-load.json'), `${JSON.stringify(report, null, 2)}\n`);
process.exitCode = target.medianMs < TARGET_MS && js.initialGzip < BUDGET_BYTES ? 0 : 1;
