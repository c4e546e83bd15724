import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/create-test-app';

/** Every message of an answer, joined. */
const messages = (body: { errors?: { message: string }[] }) => (body.errors ?? []).map((e) => e.message);

// queries with mistakes a client (or someone reading the schema by guessing) makes
const MISTAKES: [string, { query: string; variables?: Record<string, unknown> }][] = [
  ['a field', { query: '{ conferencs { slug } }' }],
  ['a field of a type', { query: '{ conferences { slgu } }' }],
  ['an argument', { query: '{ conference(slgu: "ncasc-2018") { slug } }' }],
  ['a type in a fragment', { query: '{ conferences { ...F } } fragment F on Conferenc { slug }' }],
  [
    'a variable type',
    { query: 'query ($s: Strin!) { conference(slug: $s) { slug } }', variables: { s: 'x' } },
  ],
  ['an enum value in a literal', { query: '{ conferences(series: NCAS) { slug } }' }],
  [
    'an enum value in a variable',
    { query: 'query ($s: ConferenceSeries) { conferences(series: $s) { slug } }', variables: { s: 'NCAS' } },
  ],
  [
    'an input field in a variable',
    {
      query: 'mutation ($i: SignInInput!) { signIn(input: $i) { token } }',
      variables: { i: { emial: 'a@b.example', password: 'long-enough-pw' } },
    },
  ],
  [
    'an input field in a literal',
    { query: 'mutation { signIn(input: { emial: "a@b.example", password: "x" }) { token } }' },
  ],
];

describe('errors clients see in production', () => {
  let prod: TestApp;
  let dev: TestApp;
  beforeAll(async () => {
    prod = await createTestApp({
      seed: false,
      env: { NODE_ENV: 'production', APP_SECRET: 'a-production-secret-of-at-least-32-characters' },
    });
    dev = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await prod.close();
    await dev.close();
  });

  const post = (t: TestApp, body: object, headers: Record<string, string> = {}) =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(headers)
      .send(body);

  it.each(MISTAKES)(
    'suggests nothing for a mistyped %s, and leaves no stray question mark',
    async (_, body) => {
      const res = await post(prod, body);
      const said = messages(res.body as { errors?: { message: string }[] });
      expect(said.length).toBeGreaterThan(0);
      for (const message of said) {
        expect(message).not.toMatch(/did you mean|suggestion/i);
        expect(message).not.toMatch(/\?/);
        expect(message).not.toMatch(/\s$/);
      }
      // outside production the hint is there to help (so the test above is not passing by accident)
      const helped = messages((await post(dev, body)).body as { errors?: { message: string }[] });
      expect(helped.join(' ')).toMatch(/Did you mean/);
    },
  );

  it.each([
    [
      'a form post (possible CSRF)',
      (t: TestApp) =>
        request(t.app.getHttpServer())
          .post('/graphql')
          .type('form')
          .send('query=%7B%20conferences%20%7B%20slug%20%7D%20%7D'),
    ],
    ['no query', (t: TestApp) => post(t, { variables: {} })],
    ['an empty body', (t: TestApp) => post(t, {})],
    ['a query as a number', (t: TestApp) => post(t, { query: 1 })],
    [
      'an unacceptable Accept',
      (t: TestApp) => post(t, { query: '{ conferences { slug } }' }, { accept: 'text/html' }),
    ],
    ['a batch', (t: TestApp) => post(t, [{ query: '{ conferences { slug } }' }])],
    [
      'a GET without a query',
      (t: TestApp) => request(t.app.getHttpServer()).get('/graphql').set('apollo-require-preflight', '1'),
    ],
    ['a syntax error', (t: TestApp) => post(t, { query: '{ conferences { slug }' })],
    [
      'two operations, none named',
      (t: TestApp) => post(t, { query: 'query A { conferences { slug } } query B { conferences { slug } }' }),
    ],
  ])('refuses %s without naming the server library', async (_, send) => {
    for (const t of [prod, dev]) {
      const res = await send(t);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toMatch(/apollo|graphql-js|graphql\.js/i);
      expect(messages(res.body as { errors?: { message: string }[] }).length).toBeGreaterThan(0);
    }
  });

  it('refuses introspection in production without naming the server library or its settings', async () => {
    const res = await post(prod, { query: '{ __schema { types { name } } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.text).not.toMatch(/apollo|introspection: true/i);
    expect(res.body.errors[0].message).toMatch(/introspection/i);
  });

  it('refuses a method other than GET and POST without naming the server library', async () => {
    for (const t of [prod, dev]) {
      const res = await request(t.app.getHttpServer())
        .put('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ conferences { slug } }' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toMatch(/apollo/i);
    }
  });
});
