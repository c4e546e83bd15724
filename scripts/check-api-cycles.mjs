// Fails on an import cycle in apps/api/src: between files, and between the top folders of src
// (a domain folder, common/, or a file at the root such as app.module.ts). Folders form layers, each
// importing only those before it:
//   common ← accounts ← organisations ← conferences ← tracks ← speakers ← sessions ← schedules
//   ← notes, programme ← calendar, schedule-export ← roundups ← search ← notifications ← database ← the root files, cli
// A cycle means two of them can no longer be read, tested or moved apart.
// Type-only imports count (they bind the folders as tightly); specs do not (nothing imports them).
// Run from anywhere: node scripts/check-api-cycles.mjs
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(root, 'apps/api/src');

const tree = await parseDependencyTree('apps/api/src/**/*.ts', {
  context: root,
  cwd: root,
  tsconfig: resolve(root, 'apps/api/tsconfig.json'),
  transform: false,
  exclude: /node_modules|\.(int-)?spec\.ts$/,
});

/** The path of a file inside src, or null for one outside it (a package, a test helper). */
const inSrc = (file) => {
  const path = relative(src, resolve(root, file));
  return path.startsWith('..') ? null : path.split(sep).join('/');
};
/** The folder a file belongs to: its top folder under src, or the file itself at the root. */
const folderOf = (path) => path.split('/')[0];

const problems = [];

const fileCycles = parseCircular(tree).filter((cycle) => cycle.every((f) => inSrc(f)));
for (const cycle of fileCycles) {
  problems.push(`import cycle between files: ${[...cycle, cycle[0]].map(inSrc).join(' -> ')}`);
}

/** folder -> folder -> one import that makes the edge (for the message) */
const edges = new Map();
for (const [file, deps] of Object.entries(tree)) {
  const from = inSrc(file);
  if (!from || !deps) continue;
  for (const dep of deps) {
    const to = dep.id && inSrc(dep.id);
    if (!to || folderOf(to) === folderOf(from)) continue;
    if (!edges.has(folderOf(from))) edges.set(folderOf(from), new Map());
    const out = edges.get(folderOf(from));
    if (!out.has(folderOf(to))) out.set(folderOf(to), `${from} imports ${to}`);
  }
}

// the strongly connected components of the folder graph (Tarjan): each with more than one folder holds a cycle
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
let counter = 0;
const visit = (v) => {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component);
  }
};
for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);

/** A shortest path from one folder back to itself, inside its component. */
const cycleFrom = (start, within) => {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!within.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let p = previous.get(v); p !== null; p = previous.get(p)) path.unshift(p);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
};
for (const component of components) {
  const path = cycleFrom(component.sort()[0], new Set(component));
  const steps = path.slice(1).map((to, i) => `  ${edges.get(path[i]).get(to)}`);
  problems.push(`import cycle between folders of apps/api/src: ${path.join(' -> ')}\n${steps.join('\n')}`);
}

if (problems.length) {
  console.error(problems.join('\n\n'));
  console.error(
    '\nA field or function that joins two folders belongs in the higher one (layers: scripts/check-api-cycles.mjs).',
  );
  process.exit(1);
}
console.log(`no import cycles in apps/api/src (${Object.keys(tree).filter(inSrc).length} files)`);
