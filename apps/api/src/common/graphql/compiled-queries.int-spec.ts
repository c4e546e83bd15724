import { createTestApp, type TestApp } from '../../../test/create-test-app';
import request from 'supertest';
import { COMPILE_AFTER_RUNS, COMPILE_UP_TO_CHARACTERS, CompiledQueries } from './compiled-queries';

/** Compiled queries must answer exactly as graphql-js does, and leave every error to it. */
describe('compiled queries', () => {
  let t: TestApp;
  let auth: Record<string, string>;
  let counts: CompiledQueries['counts'];
  beforeAll(async () => {
    t = await createTestApp();
    counts = t.app.get(CompiledQueries).counts;
    const { data } = await t.gql<{ signUp: { token: string } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
      { input: { name: 'Jit Checker', email: 'jit@council.example', password: 'a-long-password-1' } },
    );
    // signed in, so that no answer comes from the public answer cache: each run is Apollo's
    auth = { authorization: `Bearer ${data.signUp.token}` };
    const sessions = await t.gqlAs<{ conference: { sessions: { id: string }[] } }>(
      auth,
      '{ conference(slug: "ncasc-2018") { sessions { id } } }',
    );
    for (const { id } of sessions.data.conference.sessions.slice(0, 6))
      await t.gqlAs(auth, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id });
    await t.gqlAs(auth, 'mutation ($input: SaveNoteInput!) { saveNote(input: $input) { id } }', {
      input: { sessionId: sessions.data.conference.sessions[0].id, body: 'Workforce **pressures**' },
    });
  });
  afterAll(() => t.close());

  /** Runs a query until it is compiled; returns graphql-js's answer and the compiled query's. */
  async function bothWays(query: string, variables: Record<string, unknown> = {}) {
    const before = counts.answered;
    const answers = [];
    for (let run = 0; run <= COMPILE_AFTER_RUNS; run++) answers.push(await t.gqlAs(auth, query, variables));
    return {
      byGraphqlJs: answers[0],
      compiled: answers[COMPILE_AFTER_RUNS],
      compiledRuns: counts.answered - before,
    };
  }

  const QUERIES: [string, string, Record<string, unknown>?][] = [
    [
      'the agenda, with every field a session has',
      `query ($slug: String!, $day: LocalDate) { conference(slug: $slug) { slug name year days timezone
        rooms { name } organisers { name } roundups { id title bodyHtml }
        sessions(day: $day) { id title summary type status day dayPart startsAt endsAt when timePrecision starred
          room { name } tracks { slug name } speakers { id name organisation }
          participants { role capacity speaker { id name honorifics role organisation } }
          roundups { id title } myNote { body } conference { slug } } } }`,
      { slug: 'ncasc-2018', day: '2018-11-14' },
    ],
    [
      'a schedule with its clashes and days',
      `query ($slug: String!) { mySchedule(conferenceSlug: $slug) { days { day count }
        clashes { day sessions { id title } } sessions { id title startsAt room { name } } } }`,
      { slug: 'ncasc-2018' },
    ],
    [
      'fragments, aliases, @include and @skip',
      `query ($id: ID!, $withRoom: Boolean!) { first: session(id: $id) { ...Card room @include(if: $withRoom) { name } }
        again: session(id: $id) { id title @skip(if: $withRoom) } }
       fragment Card on Session { id title participants { speaker { name } } }`,
      { withRoom: true },
    ],
    ['search, notes included', '{ search(query: "workforce", first: 10) { kind title snippet url } }'],
    ['who is signed in, and their notes', '{ me { name role } myNotes { body session { title } } }'],
    ['themes across years', '{ tracks { slug name sessions { id conference { year } } } }'],
  ];

  it.each(QUERIES)('answers %s exactly as graphql-js does', async (_what, query, variables = {}) => {
    if ('id' in variables || query.includes('$id')) {
      const { data } = await t.gqlAs<{ conference: { sessions: { id: string }[] } }>(
        auth,
        '{ conference(slug: "ncasc-2018") { sessions { id } } }',
      );
      variables = { ...variables, id: data.conference.sessions[1].id };
    }
    const { byGraphqlJs, compiled, compiledRuns } = await bothWays(query, variables);
    expect(byGraphqlJs.errors).toBeUndefined();
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(byGraphqlJs));
    expect(compiledRuns).toBe(1);
  });

  it('answers variables left out, given null or given as asked, exactly as graphql-js does', async () => {
    const DAY = `query ($slug: String!, $day: LocalDate, $first: Int = 3) { conference(slug: $slug) {
      sessions(day: $day) { id } } search(query: "care", first: $first) { title } }`;
    const cases = [{ slug: 'ncasc-2018' }, { slug: 'ncasc-2018', day: null, first: 5 }];
    for (const [i, variables] of cases.entries()) {
      // (a query text of its own each time: a new document, first run by graphql-js)
      const { byGraphqlJs, compiled, compiledRuns } = await bothWays(`${DAY} # ${i}`, variables);
      expect(byGraphqlJs.errors).toBeUndefined();
      expect(compiled).toEqual(byGraphqlJs);
      expect(compiledRuns).toBe(1);
    }
    const one = await t.gqlAs<{ conference: { sessions: unknown[] }; search: unknown[] }>(auth, DAY, {
      slug: 'ncasc-2018',
      day: '2018-11-14',
      first: 1,
    });
    expect(one.data.search).toHaveLength(1);
    expect(one.data.conference.sessions.length).toBeGreaterThan(0);
  });

  it("keeps each delegate's stars and notes their own on the sessions every request shares", async () => {
    const { data } = await t.gql<{ signUp: { token: string } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
      { input: { name: 'Other Delegate', email: 'other@council.example', password: 'a-long-password-2' } },
    );
    const other = { authorization: `Bearer ${data.signUp.token}` };
    const MINE = `{ conference(slug: "ncasc-2018") { sessions { id starred myNote { body } } } }`;
    type Mine = {
      conference: { sessions: { id: string; starred: boolean; myNote: { body: string } | null }[] };
    };
    for (let run = 0; run <= COMPILE_AFTER_RUNS + 1; run++) {
      const [mine, theirs] = [await t.gqlAs<Mine>(auth, MINE), await t.gqlAs<Mine>(other, MINE)];
      expect(mine.data.conference.sessions.filter((x) => x.starred)).toHaveLength(6);
      expect(mine.data.conference.sessions.filter((x) => x.myNote)).toHaveLength(1);
      expect(theirs.data.conference.sessions.filter((x) => x.starred || x.myNote)).toEqual([]);
    }
  });

  it('leaves answers with errors to graphql-js, codes and all', async () => {
    const left = counts.leftToApollo;
    const { byGraphqlJs, compiled, compiledRuns } = await bothWays(
      'query ($slug: String!) { conference(slug: $slug) { name } mySchedule(conferenceSlug: $slug) { sessions { id } } }',
      { slug: 'ncasc-2018' },
    );
    expect(byGraphqlJs.errors).toBeUndefined();
    expect(compiledRuns).toBe(1);
    expect(compiled).toEqual(byGraphqlJs);
    // the same compiled query, signed out: mySchedule refuses, and the answer is graphql-js's
    const signedOut = await t.gql(
      'query ($slug: String!) { conference(slug: $slug) { name } mySchedule(conferenceSlug: $slug) { sessions { id } } }',
      { slug: 'ncasc-2018' },
    );
    expect(signedOut.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(signedOut.errors?.[0].extensions?.stacktrace).toBeUndefined();
    expect(counts.leftToApollo).toBe(left + 1);
    // bad variables to a compiled query are refused by name, as graphql-js words it
    const NAME = 'query ($slug: String!) { conference(slug: $slug) { name } }';
    expect((await bothWays(NAME, { slug: 'ncasc-2018' })).compiledRuns).toBe(1);
    const bad = await t.gqlAs(auth, NAME, { slug: 7 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/\$slug/);
  });

  it('leaves an operation name the query does not have, and queries too long to compile, to graphql-js', async () => {
    const compiledBefore = counts.compiled;
    const unknown = { query: '{ conferences { slug } }', operationName: 'Missing' };
    for (let run = 0; run <= COMPILE_AFTER_RUNS + 1; run++) {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send(unknown);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(/Unknown operation named "Missing"/);
    }
    const long = `# ${'a long comment '.repeat(COMPILE_UP_TO_CHARACTERS / 15)}\n{ conferences { slug name } }`;
    for (let run = 0; run <= COMPILE_AFTER_RUNS; run++) {
      const r = await t.gqlAs<{ conferences: unknown[] }>(auth, long);
      expect(r.data.conferences.length).toBeGreaterThan(5);
    }
    expect(counts.compiled).toBe(compiledBefore);
  });

  it('never compiles a query asked only once, nor runs a mutation itself', async () => {
    const compiledBefore = counts.compiled;
    await t.gqlAs(auth, '{ conferences { slug } }');
    const answeredBefore = counts.answered;
    for (let run = 0; run <= COMPILE_AFTER_RUNS; run++)
      await t.gqlAs(auth, 'mutation ($id: ID!) { unstarSession(sessionId: $id) { id } }', { id: 'nope' });
    expect(counts.compiled).toBe(compiledBefore);
    expect(counts.answered).toBe(answeredBefore);
  });
});
