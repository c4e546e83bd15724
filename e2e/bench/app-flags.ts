import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node flags `npm start` runs the app with (the root package.json's start script), so the e2e
 * tests and the benchmark run the app as it is deployed.
 */
export function appNodeFlags(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const m = /\bnode((?:\s+--\S+)*)\s+apps\/api\/dist\/main\.js/.exec(pkg.scripts.start);
  if (!m) throw new Error('the start script in package.json no longer runs node apps/api/dist/main.js');
  return m[1].split(/\s+/).filter(Boolean);
}
