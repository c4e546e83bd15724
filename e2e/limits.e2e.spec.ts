import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { launchChromium } from './support/browser';
import { getText, gql, type RunningApp, sessionIds, signUp, startApp } from './support/start-app';

/** Hostile or careless clients meet limits, answered fast and in JSON, never with a 500 or a stack. */

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';" +
  "connect-src 'self';worker-src 'self';manifest-src 'self';object-src 'none';base-uri 'self';" +
  "form-action 'self';frame-ancestors 'none'";

const LEAKS = /\n\s+at |\bat \S+ \(|node_modules|\/work\/|\.(ts|js):\d+|SQLITE_|QueryFailedError/;

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

describe('request size and shape', () => {
  it('answers a body over 1 MB with 413 and a JSON error, without reading it or showing a stack', async () => {
    const res = await request(app.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ search(query: "${'a'.repeat(1_100_000)}") { id } }` }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      errors: [
        {
          message: 'The request body is too large (at most 1 MB)',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it('answers a body that is not JSON with 400 and a JSON error that does not echo it', async () => {
    const res = await request(app.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ conferences { slug } }", <script>');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({
      message: 'The request body is not valid JSON',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(res.text).not.toContain('script');
  });
});

describe('CSRF prevention, introspection, landing page', () => {
  const CSRF = /^Refused as a possible cross-site request forgery/;

  it.each([
    ['a GET', () => request(app.url).get('/graphql').query({ query: '{ conferences { slug } }' })],
    [
      'a text/plain POST',
      () =>
        request(app.url)
          .post('/graphql')
          .set('content-type', 'text/plain')
          .send(JSON.stringify({ query: 'mutation { signOut }' })),
    ],
    [
      'a form POST',
      () =>
        request(app.url)
          .post('/graphql')
          .set('content-type', 'application/x-www-form-urlencoded')
          .send('query=mutation%20%7B%20signOut%20%7D'),
    ],
    ['a multipart POST', () => request(app.url).post('/graphql').field('query', 'mutation { signOut }')],
  ])(
    'refuses %s without a preflight header (what another site could make a browser send)',
    async (_kind, send) => {
      const res = await send();
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(CSRF);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    },
  );

  it('answers the web client’s JSON POST, and a GET query that forces a preflight', async () => {
    expect((await gql(app.url, '{ conferences { slug } }')).status).toBe(200);
    const get = await request(app.url)
      .get('/graphql')
      .set('apollo-require-preflight', 'true')
      .query({ query: '{ conferences { slug } }' });
    expect(get.status).toBe(200);
    expect(get.body.data.conferences.length).toBeGreaterThan(0);
  });

  it('gives no schema, no sandbox page and no field suggestions in production', async () => {
    const introspection = await gql(app.url, '{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.raw).not.toContain('"types"');

    const page = await getText(app.url, '/graphql', {
      accept: 'text/html',
      'apollo-require-preflight': 'true',
    });
    expect(page.status).toBeGreaterThanOrEqual(400);
    expect(page.status).toBeLessThan(500);
    expect(page.body).not.toMatch(/<html|sandbox|embeddable|apollographql/i);

    const typo = await gql(app.url, '{ conferencs { slug } sesion(id: "x") { id } }');
    expect(typo.status).toBe(400);
    expect(typo.errors?.map((e) => e.message).join(' ')).not.toMatch(/Did you mean|"conferences"|"session"/);
  });
});

describe('security headers', () => {
  it.each([
    '/',
    '/conferences/ncasc-2018',
    '/healthz',
    '/calendar/conferences/ncasc-2018.ics',
    '/calendar/feeds/unknown.ics',
  ])('are on GET %s', async (path) => {
    const res = await getText(app.url, path, { accept: 'text/html,*/*' });
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    // no page asks for a camera, a microphone, the location, payments or devices, so none may
    const permissions = String(res.headers['permissions-policy']).split(/,\s*/);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial'])
      expect(permissions).toContain(`${feature}=()`);
    // (the "Copy" button beside a calendar address writes to the clipboard)
    expect(permissions).toContain('clipboard-write=(self)');
    // plain http here: no HSTS, no upgrade-insecure-requests (they would break a local install)
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('are on GraphQL answers, refusals included', async () => {
    for (const res of [
      await request(app.url).post('/graphql').send({ query: '{ conferences { slug } }' }),
      await request(app.url).get('/graphql').query({ query: '{ x }' }),
      await request(app.url).post('/graphql').set('content-type', 'application/json').send('{'),
    ]) {
      expect(res.headers['content-security-policy']).toBe(CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['permissions-policy']).toMatch(/(^|, )camera=\(\)/);
    }
  });
});

describe('query limits', () => {
  const nested = (levels: number): string => {
    let q = '{ id }';
    for (let i = levels - 1; i >= 0; i--) q = `{ ${i % 2 ? 'sessions' : 'speakers'} ${q} }`;
    return `{ conference(slug: "ncasc-2018") { sessions ${q} } }`;
  };
  const cases: [string, string, string][] = [
    ['too deep', nested(40), 'maxDepth'],
    [
      'too costly',
      `{ ${Array.from({ length: 14 }, (_, i) => `c${i}: conferences { sessions { participants { speaker { appearances { session { title summary when } } } } } }`).join(' ')} }`,
      'maxCost',
    ],
    [
      'with too many aliases',
      `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: conferences { slug }`).join(' ')} }`,
      'maxAliases',
    ],
    ['with too many tokens (900 kB of them)', `{ ${'__typename '.repeat(80_000)} }`, 'maxTokens'],
  ];

  it.each(cases)(
    'refuses a query %s in milliseconds with 400 QUERY_TOO_COMPLEX naming the limit',
    async (what, query, limit) => {
      // the first of each warms up; the median of the next five is the measure
      const times: number[] = [];
      let last: Awaited<ReturnType<typeof gql>> | undefined;
      for (let i = 0; i < 6; i++) {
        const started = performance.now();
        last = await gql(app.url, query);
        times.push(performance.now() - started);
      }
      const median = times.slice(1).sort((a, b) => a - b)[2];
      console.log(`query ${what}: refused in ${median.toFixed(1)} ms (median of 5)`);
      expect(last!.status).toBe(400);
      expect(last!.data).toBeUndefined();
      // every limit the query breaks is named (a very deep query is costly too)
      expect(last!.errors?.map((e) => e.extensions)).toContainEqual(
        expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', field: 'query', limit }),
      );
      expect(last!.errors?.every((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')).toBe(true);
      expect(last!.raw).not.toMatch(LEAKS);
      expect(median).toBeLessThan(250);
    },
  );

  it('answers the deepest query the limit allows, and says how long it took', async () => {
    const started = performance.now();
    const res = await gql(app.url, nested(5));
    console.log(
      `deepest allowed query (8 levels): answered in ${(performance.now() - started).toFixed(0)} ms, ${res.raw.length} bytes`,
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });
});

describe('the web client under the Content-Security-Policy (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /**
   * A page that collects what the browser refuses under the CSP: its console messages ("Refused to …")
   * and its securitypolicyviolation events, and any page error.
   */
  async function watchedPage(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // (an unknown feature in the Permissions-Policy header is reported here too)
      if (/Refused to|Content Security Policy|Permissions-Policy|Permissions Policy/i.test(m.text()))
        problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
      );
    });
    return {
      page,
      problems: async () => [
        ...problems,
        ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
      ],
    };
  }

  async function visit(path: string, ready: (page: Page) => Promise<unknown>): Promise<string[]> {
    const { page, problems } = await watchedPage();
    await page.goto(`${app.url}${path}`);
    await ready(page);
    // the service worker, lazy chunks and late requests get their chance to be refused
    await page.waitForLoadState('networkidle');
    const found = await problems();
    await page.close();
    return found;
  }

  it('shows the agenda, a session and the sign-in page with nothing refused', async () => {
    const [sessionId] = Object.values(await sessionIds(app.url, 'ncasc-2018'));
    expect(
      await visit('/conferences/ncasc-2018', async (p) => {
        await p
          .getByRole('heading', { level: 1, name: 'National Children and Adult Services Conference 2018' })
          .waitFor();
        // the service worker (a same-origin script, importing Workbox from this origin) is allowed to run
        const worker = await p.evaluate(() =>
          Promise.race([
            navigator.serviceWorker.ready.then((r) => r.active?.scriptURL ?? 'no active worker'),
            new Promise((resolve) => setTimeout(() => resolve('not registered within 10 s'), 10_000)),
          ]),
        );
        expect(worker).toBe(`${app.url}/sw.js`);
      }),
    ).toEqual([]);
    expect(
      await visit(`/sessions/${sessionId}`, (p) => p.getByRole('heading', { level: 1 }).waitFor()),
    ).toEqual([]);
    expect(await visit('/sign-in', (p) => p.getByRole('button', { name: 'Sign in' }).waitFor())).toEqual([]);
  });

  it('signs in from the sign-in page (the form posts JSON to /graphql) with nothing refused', async () => {
    await signUp(app.url, 'Cee Esspee');
    const { page, problems } = await watchedPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email address').fill('cee.esspee@council.example');
    await page.getByLabel('Password').fill('long-enough-pw');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Cee Esspee').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.close();
  });
});

// on either engine: one SQLite file, or one PostgreSQL schema (scale-out.e2e.spec.ts goes further there)
describe('rate limits shared by two instances on one database', () => {
  let second: RunningApp;
  let first: RunningApp;
  // limits counted in a day's window (fixed windows from midnight UTC): a test's few seconds never
  // straddle two windows, as they could a ten-minute one
  const LIMITS = { RATE_LIMIT_WRITES_USER: '6/86400', RATE_LIMIT_SIGN_IN_PAIR: '3/86400' };
  beforeAll(async () => {
    first = await startApp(LIMITS);
    second = await startApp(LIMITS, { database: first.database });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  const post = (url: string, token: string | null, query: string, variables?: object) => {
    const req = request(url).post('/graphql');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.send({ query, variables });
  };

  it('counts a user’s writes on either instance against one limit, and refuses past it on both', async () => {
    const token = await signUp(first.url, 'Two Instances');
    const [sessionId] = Object.values(await sessionIds(first.url, 'ncasc-2018'));
    const star = 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }';
    const statuses: number[] = [];
    // signUp was the first write of the address, not of the user: six writes alternate between instances
    for (let i = 0; i < 6; i++)
      statuses.push((await post(i % 2 ? second.url : first.url, token, star, { id: sessionId })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    for (const url of [first.url, second.url]) {
      const refused = await post(url, token, star, { id: sessionId });
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(refused.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('counts failed sign-ins on either instance against one limit', async () => {
    await signUp(first.url, 'Guessed At');
    const SIGN_IN = 'mutation ($i: SignInInput!) { signIn(input: $i) { token } }';
    const attempt = (url: string, password: string) =>
      post(url, null, SIGN_IN, { i: { email: 'guessed.at@council.example', password } });
    for (const url of [first.url, second.url, first.url])
      expect((await attempt(url, 'wrong-password-1')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const refused = await attempt(second.url, 'long-enough-pw');
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });
});
