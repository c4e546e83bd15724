import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DefinitionNode, Kind, Lexer, parse, print, Source, TokenKind, visit } from 'graphql';
import request from 'supertest';
import { ROOT, type RunningApp, startApp, type TestDatabase } from './support/start-app';

/**
 * A few hundred hostile or broken requests, the same ones on every run (seeded PRNG): every answer is a
 * well-formed 4xx (or a 200 with errors), nothing leaks, the server stays up and no row changes.
 */

const SEED = 20261123;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes };
}
const rnd = prng(SEED);

/** The web client's operations, each with the fragments it uses, as it sends them. */
function webOperations(): { query: string; variables: string[] }[] {
  const dir = join(ROOT, 'apps', 'web', 'src', 'graphql');
  const doc = parse(
    readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n'),
  );
  const fragments = new Map(
    doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const used = (root: DefinitionNode, into = new Map<string, DefinitionNode>()) => {
    visit(root, {
      FragmentSpread(s) {
        const f = fragments.get(s.name.value);
        if (f && !into.has(f.name.value)) used(into.set(f.name.value, f).get(f.name.value)!, into);
      },
    });
    return into;
  };
  return doc.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION
      ? [
          {
            query: [d, ...used(d).values()].map((x) => print(x)).join('\n'),
            variables: (d.variableDefinitions ?? []).map((v) => v.variable.name.value),
          },
        ]
      : [],
  );
}

const tokens = (query: string): string[] => {
  const lexer = new Lexer(new Source(query));
  const out: string[] = [];
  for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance())
    out.push(t.kind === TokenKind.STRING ? JSON.stringify(t.value) : (t.value ?? t.kind));
  return out;
};

/** Values a careless or hostile client sends: wrong types, nulls, huge, odd strings (never valid input). */
const HOSTILE: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  [],
  {},
  [null],
  { id: { id: {} } },
  '',
  ' ',
  'x'.repeat(60_000),
  '\u0000',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '2018-02-30',
  '00000000-0000-4000-8000-000000000000',
  'ncasc-2018',
  '\ud800',
  '%s%s%s%n',
  '__proto__',
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: true } } },
  // shaped like an input, every field wrong
  { email: 'not-an-email', password: 'short', name: '' },
  { sessionId: 'not-a-uuid', body: '\u0000' },
  { conferenceSlug: '../ncasc-2018', title: '', type: 'KEYNOTE', timePrecision: 'EXACT' },
];

/**
 * A web client operation with its variables swapped for wrong types, nulls or left out, and half the
 * time its text broken too (tokens deleted, duplicated, swapped or replaced).
 */
function mutateOperation(op: { query: string; variables: string[] }): object {
  const t = tokens(op.query);
  const edits = rnd.next() < 0.5 ? 0 : 1 + rnd.int(2);
  for (let i = 0; i < edits; i++) {
    const at = rnd.int(t.length);
    switch (rnd.int(4)) {
      case 0:
        t.splice(at, 1); // delete
        break;
      case 1:
        t.splice(at, 0, t[at]); // duplicate
        break;
      case 2: {
        const other = rnd.int(t.length); // swap
        [t[at], t[other]] = [t[other], t[at]];
        break;
      }
      default:
        t[at] = rnd.pick(['{', '}', '(', ')', '$', '...', '@skip', 'id', '"x"', '0', 'null', 'mutation']);
    }
  }
  const variables: Record<string, unknown> = {};
  for (const name of op.variables) {
    const r = rnd.int(4);
    if (r === 0) continue; // a required variable left out
    variables[name] = r === 1 ? null : rnd.pick(HOSTILE);
  }
  return { query: edits ? t.join(' ') : op.query, variables };
}

type Send = { what: string; run: (url: string) => request.Test };

function fuzzCases(): Send[] {
  const ops = webOperations();
  const post = (
    what: string,
    body: string | Buffer,
    type?: string,
    headers: Record<string, string> = {},
  ): Send => ({
    what,
    run: (url) => {
      const req = request(url).post('/graphql');
      if (type) req.set('content-type', type);
      for (const [k, v] of Object.entries(headers)) req.set(k, v);
      return req.send(body);
    },
  });
  const json = 'application/json';
  const cases: Send[] = [];
  for (let i = 0; i < 60; i++) {
    const valid = JSON.stringify({ query: rnd.pick(ops).query, variables: {} });
    const cut = valid.slice(0, rnd.int(valid.length));
    const noise = cut + rnd.pick(['', '}', ']]]', ',', '"', '\\', '{"a":', 'NaN', 'undefined', '\u0000']);
    cases.push(post('malformed JSON', noise, json));
  }
  for (let i = 0; i < 40; i++)
    cases.push(
      post('random bytes', rnd.bytes(1 + rnd.int(4096)), rnd.pick([json, 'application/octet-stream'])),
    );
  for (let i = 0; i < 40; i++) {
    const body =
      rnd.next() < 0.5 ? JSON.stringify({ query: rnd.pick(ops).query }) : rnd.bytes(64 + rnd.int(512));
    cases.push(
      post(
        'wrong content type',
        body,
        rnd.pick([
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
          'application/graphql',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'image/png',
        ]),
      ),
    );
  }
  for (let i = 0; i < 20; i++) {
    const size = rnd.pick([10_000, 200_000, 999_000, 1_100_000, 3_000_000]);
    const filler = 'é"\\'.repeat(size / 6);
    cases.push(
      post(
        'huge strings',
        rnd.next() < 0.5
          ? JSON.stringify({ query: `{ search(query: ${JSON.stringify(filler)}) { id } }` })
          : JSON.stringify({
              query: '{ conferences { slug } }',
              variables: { x: filler },
              operationName: filler,
            }),
        json,
      ),
    );
  }
  for (let i = 0; i < 30; i++) {
    const depth = rnd.pick([20, 200, 2_000, 50_000]);
    cases.push(
      rnd.next() < 0.5
        ? post(
            'deeply nested query',
            JSON.stringify({ query: `${'{ a '.repeat(depth)}${'}'.repeat(depth)}` }),
            json,
          )
        : post(
            'deeply nested variables',
            `{"query":"query ($v: [String]) { conferences { slug } }","variables":{"v":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
            json,
          ),
    );
  }
  for (let i = 0; i < 200; i++) {
    const bogusAuth: Record<string, string> =
      rnd.next() < 0.3
        ? { authorization: rnd.pick(['Bearer x', 'Bearer ' + 'A'.repeat(43), 'Basic Zm9v', '']) }
        : {};
    cases.push(post('mutated operation', JSON.stringify(mutateOperation(rnd.pick(ops))), json, bogusAuth));
  }
  for (let i = 0; i < 10; i++)
    cases.push(
      post(
        'batch',
        JSON.stringify([{ query: '{ conferences { slug } }' }, mutateOperation(rnd.pick(ops))]),
        json,
      ),
    );
  for (let i = 0; i < 10; i++)
    cases.push({
      what: 'odd method',
      run: (url) =>
        request(url)[rnd.pick(['put', 'patch', 'delete', 'options'] as const)]('/graphql').send('{}'),
    });
  return cases;
}

/** Stack frames, file paths, driver and SQL errors: nothing of the inside may reach a client. */
const LEAKS =
  /\n\s+at |\bat \S+ \(|node_modules|\/work\/|\/home\/|apps\/api|\.(ts|js):\d+|SQLITE_|QueryFailedError|no such (table|column)|syntax error at or near|TypeORM/i;

/** A hash of every row of every table the app writes (rate-limit counters aside: they count these requests). */
async function checksum(db: TestDatabase): Promise<string> {
  const hash = createHash('sha256');
  const tables = await db.sql<{ name: string }>(
    db.engine === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'rate_limits' ORDER BY name`
      : `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'rate_limits'
         ORDER BY table_name`,
  );
  expect(tables.length).toBeGreaterThan(10);
  for (const { name } of tables) {
    const rows = (await db.sql(`SELECT * FROM "${name}"`))
      .map((r) => JSON.stringify(Object.values(r)))
      .sort();
    hash.update(`${name}:${rows.length}:${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

describe('fuzzing POST /graphql (seeded, deterministic)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('answers every malformed, random, huge, nested or mutated request with a clean 4xx or errors, changes nothing and stays up', async () => {
    const cases = fuzzCases();
    expect(cases.length).toBeGreaterThanOrEqual(400);
    const before = await checksum(app.database);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    // four at a time, in a fixed order
    for (let i = 0; i < cases.length; i += 4) {
      await Promise.all(
        cases.slice(i, i + 4).map(async (c, j) => {
          const res = await c
            .run(app.url)
            .buffer(true)
            .parse((r, done) => {
              let text = '';
              r.setEncoding('utf8');
              r.on('data', (d: string) => (text += d));
              r.on('end', () => done(null, text));
            });
          const text = res.body as string;
          const where = `#${i + j} ${c.what}: ${res.status} ${text.slice(0, 200)}`;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) problems.push(`5xx ${where}`);
          if (LEAKS.test(text)) problems.push(`leak ${where}`);
          if (/INTERNAL_SERVER_ERROR/.test(text)) problems.push(`internal error ${where}`);
          let parsed = false;
          try {
            JSON.parse(text);
            parsed = true;
          } catch {
            // a 4xx may answer in a short line of text (e.g. a method GraphQL does not take)
          }
          if (!parsed && !(res.status >= 400 && res.status < 500 && text.length < 300))
            problems.push(`not JSON ${where}`);
          if (
            res.status === 200 &&
            parsed &&
            !('data' in JSON.parse(text)) &&
            !('errors' in JSON.parse(text))
          )
            problems.push(`200 without data or errors ${where}`);
        }),
      );
    }
    console.log(`fuzz: ${cases.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(problems).toEqual([]);
    expect((await request(app.url).get('/healthz')).status).toBe(200);
    expect(await checksum(app.database)).toBe(before);
    expect(app.output()).not.toMatch(/Unexpected error processing request|INTERNAL_SERVER_ERROR/);
  });
});
