import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/create-test-app';

const SIGN_UP = 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }';

// the low limits count in a day's window (fixed windows from midnight UTC), so a test's few seconds never
// straddle two windows, as they could a ten-minute one
describe('rate limits on writes (GraphQL, low limits)', () => {
  let t: TestApp;
  let sessionId: string;
  beforeAll(async () => {
    t = await createTestApp({
      env: { RATE_LIMIT_WRITES_USER: '4/86400', RATE_LIMIT_WRITES_ADDRESS: '1000/86400' },
    });
    const { data } = await t.gql<{ conference: { sessions: { id: string }[] } }>(
      '{ conference(slug: "ncasc-2018") { sessions { id } } }',
    );
    sessionId = data.conference.sessions[0].id;
  });
  afterAll(() => t.close());

  const post = (body: object, headers: Record<string, string> = {}) => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    return req.send(body);
  };
  const signUp = async (n: number) => {
    const res = await post({
      query: SIGN_UP,
      variables: {
        i: { email: `writer${n}@council.example`, password: 'long-enough-pw', name: `Writer ${n}` },
      },
    });
    return res.body as {
      data?: { signUp: { token: string } };
      errors?: { extensions: Record<string, unknown> }[];
    };
  };

  it('refuses a user’s writes past the limit with 429, Retry-After and TOO_MANY_REQUESTS, writing nothing', async () => {
    const { data } = await signUp(1);
    const auth = { authorization: `Bearer ${data!.signUp.token}` };
    const star = {
      query: 'mutation ($id: ID!) { starSession(sessionId: $id) { starred } }',
      variables: { id: sessionId },
    };
    const unstar = { ...star, query: 'mutation ($id: ID!) { unstarSession(sessionId: $id) { starred } }' };
    for (const body of [star, unstar, star, unstar]) expect((await post(body, auth)).status).toBe(200);
    const refused = await post(star, auth);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.errors[0].extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: Number(refused.headers['retry-after']),
    });
    expect(refused.body.data).toBeUndefined();
    // the refused star was not written; reading is not limited
    const after = await post(
      { query: 'query ($id: ID!) { session(id: $id) { starred } }', variables: { id: sessionId } },
      auth,
    );
    expect(after.body.data.session.starred).toBe(false);
  });

  it('counts each field of a mutation, so aliases do not multiply what one request may write', async () => {
    const { data } = await signUp(2);
    const auth = { authorization: `Bearer ${data!.signUp.token}` };
    const many = `mutation ($id: ID!) { ${[1, 2, 3, 4, 5].map((i) => `s${i}: starSession(sessionId: $id) { id }`).join(' ')} }`;
    const res = await post({ query: many, variables: { id: sessionId } }, auth);
    expect(res.status).toBe(429);
    expect(res.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('rate limit on sign-ups (GraphQL, low limit)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false, env: { RATE_LIMIT_SIGN_UP_ADDRESS: '2/86400' } });
  });
  afterAll(() => t.close());

  it('refuses new accounts from one address past the limit with TOO_MANY_REQUESTS, creating none', async () => {
    const signUp = (n: number) =>
      t.gql<{ signUp: { token: string } | null }>(SIGN_UP, {
        i: { email: `new${n}@council.example`, password: 'long-enough-pw', name: `New ${n}` },
      });
    expect((await signUp(1)).data.signUp?.token).toBeTruthy();
    expect((await signUp(2)).data.signUp?.token).toBeTruthy();
    const refused = await signUp(3);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(
      (refused.errors?.[0].extensions as { retryAfterSeconds: number }).retryAfterSeconds,
    ).toBeGreaterThan(0);
    const signIn = await t.gql(
      'mutation { signIn(input: { email: "new3@council.example", password: "long-enough-pw" }) { token } }',
    );
    expect(signIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('rate limit on writes from one address (GraphQL, low limit)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false, env: { RATE_LIMIT_WRITES_ADDRESS: '3/86400' } });
  });
  afterAll(() => t.close());

  it('counts every mutation from the address, signed in or not, and refuses past the limit with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .send({ query: 'mutation { signOut }' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // reading is not limited
    const read = await request(t.app.getHttpServer()).post('/graphql').send({ query: '{ me { id } }' });
    expect(read.status).toBe(200);
  });
});
