import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How the root package.json's start script runs the app: its environment variables and Node flags. */
export interface AppStart {
  env: Record<string, string>;
  flags: string[];
}

/**
 * The environment variables and Node flags `npm start` runs the app with (`NAME=value … node --flag …
 * apps/api/dist/main.js` in the root package.json's start script), so the e2e tests and the
 * benchmark run the app as it is deployed.
 */
export function appStart(root: string): AppStart {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const m = /((?:\b[A-Z_]+=\S+\s+)*)\bnode((?:\s+--\S+)*)\s+apps\/api\/dist\/main\.js/.exec(
    pkg.scripts.start,
  );
  if (!m) throw new Error('the start script in package.json no longer runs node apps/api/dist/main.js');
  const env = Object.fromEntries(
    m[1]
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  return { env, flags: m[2].split(/\s+/).filter(Boolean) };
}
