// What the scripts that measure the web client share (measure-first-load.mjs, bench-web.mjs): the built
// app started as `npm start` starts it, and Debian's Chromium with the flags they run it with.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');

/**
 * Debian's Chromium, never a downloaded browser (CHROMIUM names another), and its flags: no sandbox
 * (root in a container), no GPU, nothing it would fetch or update on its own. The e2e tests launch it
 * from the same file.
 */
const CHROMIUM_LAUNCH = JSON.parse(readFileSync(join(ROOT, 'e2e', 'support', 'chromium.json'), 'utf8'));
export const CHROMIUM = process.env.CHROMIUM ?? CHROMIUM_LAUNCH.executablePath;
export const CHROMIUM_FLAGS = CHROMIUM_LAUNCH.args;

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => done(port));
    });
  });
}

/** The environment and Node flags of the root package.json's start script (as e2e/bench/app-flags.ts reads them). */
function startCommand() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const m = /((?:\b[A-Z_]+=\S+\s+)*)\bnode((?:\s+--\S+)*)\s+apps\/api\/dist\/main\.js/.exec(
    pkg.scripts.start,
  );
  if (!m) throw new Error('the start script in package.json no longer runs node apps/api/dist/main.js');
  const words = (text) => text.split(/\s+/).filter(Boolean);
  const env = Object.fromEntries(
    words(m[1]).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  return { env, flags: words(m[2]) };
}

/**
 * Starts apps/api/dist/main.js as `npm start` does (production mode, the start script's Node flags) on a
 * new SQLite file, which the app migrates and seeds on its first start, and waits until /healthz
 * answers. `port` defaults to a free one; `name` names the temporary folder of the database. Answers
 * { url, output(), stop() }; stop() also removes the database.
 */
export async function startBuiltApp({ port, name = 'built-app', env = {} } = {}) {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  const listen = port ?? (await freePort());
  const folder = mkdtempSync(join(tmpdir(), `${name}-`));
  const db = join(folder, 'programme.sqlite');
  let log = '';
  const start = startCommand();
  const child = spawn(process.execPath, [...start.flags, MAIN], {
    cwd: ROOT,
    env: {
      ...start.env,
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(listen),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${db}`,
      LOG_LEVEL: 'warn',
      APP_SECRET: `${name}-0123456789-0123456789-0123456789`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${listen}`;
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
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    output: () => log,
    // stops the app, then removes its database
    stop: () => stopProcess(child, folder),
  };
}

/** Ends a process this script started (SIGTERM, SIGKILL after 5 s), then removes its folder. */
export function stopProcess(child, folder) {
  return new Promise((done) => {
    const gone = () => {
      rmSync(folder, { recursive: true, force: true });
      done();
    };
    if (child.exitCode !== null || child.signalCode !== null) return gone();
    child.once('exit', gone);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
