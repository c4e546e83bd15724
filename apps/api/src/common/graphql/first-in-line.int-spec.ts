import type { DataSource } from 'typeorm';
import type { TestApp } from '../../../test/create-test-app';
import { ENCODINGS_ASKED, firstInLineTestApp, type RawAnswer } from '../../../test/raw-http';
import { AccountsService } from '../../accounts/accounts.service';
import { COMPILE_AFTER_RUNS } from './compiled-queries';

/**
 * Signed-in queries answered first in line (first-in-line.ts), before Express, Nest and Apollo, must
 * be indistinguishable from the answers Apollo gives, stay each user's own, and leave every error to
 * Apollo. A body sent in chunks, of no stated length, is one firstInLine leaves to the app, so it shows
 * what the app itself sends.
 */
describe('signed-in queries answered before the rest of the app', () => {
  let t: TestApp;
  let ds: DataSource;
  let raw: Awaited<ReturnType<typeof firstInLineTestApp>>['raw'];
  const tokens: string[] = [];
  let sessionId = '';

  const json = (a: RawAnswer, decode: (b: Buffer) => Buffer = (b) => b) =>
    JSON.parse(decode(a.body).toString()) as { data?: any; errors?: { extensions: { code: string } }[] };
  /** What a client sees of an answer but its date and how its length is told (chunked or not). */
  const seen = ({ status, headers }: RawAnswer) => {
    const { date: _d, 'content-length': _l, 'transfer-encoding': _t, ...rest } = headers;
    return { status, headers: rest };
  };
  let fromApp: Awaited<ReturnType<typeof firstInLineTestApp>>['fromApp'];
  let first: typeof fromApp;
  let leftToApp: typeof fromApp;
  /** Runs a query through Apollo until it is compiled (and so known first in line). */
  const compile = async (headers: Record<string, string>, body: string) => {
    for (let i = 0; i <= COMPILE_AFTER_RUNS; i++) await fromApp(headers, body);
  };
  const bearer = (i: number) => ({ authorization: `Bearer ${tokens[i]}` });
  const SAVE = `mutation ($input: SaveNoteInput!) { saveNote(input: $input) { id } }`;
  const save = (i: number, body: string) =>
    raw(bearer(i), JSON.stringify({ query: SAVE, variables: { input: { sessionId, body } } }));

  beforeAll(async () => {
    ({ t, ds, raw, fromApp, first, leftToApp } = await firstInLineTestApp());
    for (const name of ['Ama', 'Bryn']) {
      const signUp = `mutation { signUp(input: { name: "${name}", email: "${name.toLowerCase()}@example.org", password: "a-long-password-1" }) { token } }`;
      tokens.push(json(await raw({}, JSON.stringify({ query: signUp }))).data.signUp.token as string);
    }
    [{ id: sessionId }] = await ds.query(`SELECT id FROM sessions WHERE title = 'Child poverty'`);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const NOTES = JSON.stringify({ query: `query Notes { myNotes { body session { title } } me { name } }` });

  it.each(ENCODINGS_ASKED)(
    'accept-encoding %s: the same status, headers and answer as Apollo sends',
    async (accept, encoding, decode) => {
      // (long enough to be compressed)
      await save(0, `Notes on the session. ${'Funding, workforce and outcomes. '.repeat(40)}`);
      const headers = { ...bearer(0), 'accept-encoding': accept, origin: 'https://other.example' };
      await compile(headers, NOTES);
      const apollo = await fromApp(headers, NOTES);
      const fast = await first(headers, NOTES);
      expect(seen(fast)).toEqual(seen(apollo));
      expect(fast.headers['content-encoding']).toBe(encoding);
      expect(fast.headers.vary).toBe('Accept-Encoding');
      expect(fast.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(decode(fast.body).toString()).toBe(decode(apollo.body).toString());
      expect(json(fast, decode).data.me).toEqual({ name: 'Ama' });
    },
  );

  it('gives each user their own answer to the same query, and shows a change at once', async () => {
    await compile(bearer(0), NOTES);
    await save(1, 'Bryn heard about care leavers');
    const ama = json(await first(bearer(0), NOTES)).data;
    const bryn = json(await first(bearer(1), NOTES)).data;
    expect(ama.me.name).toBe('Ama');
    expect(bryn).toEqual({
      myNotes: [{ body: 'Bryn heard about care leavers', session: { title: 'Child poverty' } }],
      me: { name: 'Bryn' },
    });
    await save(1, 'Bryn changed her note');
    expect(json(await first(bearer(1), NOTES)).data.myNotes[0].body).toBe('Bryn changed her note');
  });

  it('answers a delegate signed in by the session cookie, as the web client is', async () => {
    const headers = { cookie: `theme=dark; ncasc_session=${tokens[1]}` };
    await compile(headers, NOTES);
    expect(json(await first(headers, NOTES)).data.me).toEqual({ name: 'Bryn' });
  });

  it('leaves an unknown token to Apollo, which refuses it as before', async () => {
    const MINE = JSON.stringify({ query: `{ myNotes { body } }` });
    await compile(bearer(0), MINE);
    const lookups = jest.spyOn(t.app.get(AccountsService), 'userForToken');
    const refused = await leftToApp({ authorization: 'Bearer not-a-token' }, MINE);
    expect(json(refused).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(json(refused).data).toBeNull();
    // Apollo's run takes over the request's context: the token was looked up once, not once a run
    expect(lookups).toHaveBeenCalledTimes(1);
    lookups.mockClear();
    await fromApp({ authorization: 'Bearer not-a-token' }, MINE);
    expect(lookups).toHaveBeenCalledTimes(1);
    lookups.mockRestore();
  });

  it('leaves bad variables to Apollo, which names them', async () => {
    const SCHEDULE = `query ($slug: String!) { mySchedule(conferenceSlug: $slug) { sessions { title } } }`;
    const good = JSON.stringify({ query: SCHEDULE, variables: { slug: 'ncasc-2018' } });
    await compile(bearer(0), good);
    expect(json(await first(bearer(0), good)).data.mySchedule).toEqual({ sessions: [] });
    const bad = await leftToApp(bearer(0), JSON.stringify({ query: SCHEDULE, variables: { slug: 7 } }));
    expect(json(bad).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await leftToApp(
      bearer(0),
      JSON.stringify({ query: SCHEDULE, variables: { slug: 'no-such' } }),
    );
    expect(json(unknown).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'conferenceSlug' },
    });
  });

  it('answers only the operation name as sent (an empty name is not no name)', async () => {
    const NAMED = `query Mine { myNotes { body } }`;
    await compile(bearer(0), JSON.stringify({ query: NAMED }));
    expect(json(await first(bearer(0), JSON.stringify({ query: NAMED }))).data.myNotes).toEqual(
      expect.any(Array),
    );
    const empty = await leftToApp(bearer(0), JSON.stringify({ query: NAMED, operationName: '' }));
    expect(json(empty).errors?.[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('never answers a mutation', async () => {
    for (let i = 0; i <= COMPILE_AFTER_RUNS + 1; i++) {
      const body = JSON.stringify({
        query: SAVE,
        variables: { input: { sessionId, body: `Mutation ${i}` } },
      });
      expect(json(await leftToApp(bearer(0), body)).data.saveNote.id).toEqual(expect.any(String));
    }
  });

  it('leaves a query it has not compiled to Apollo', async () => {
    const once = JSON.stringify({ query: `{ me { email } }` });
    expect(json(await leftToApp(bearer(0), once)).data.me).toEqual({ email: 'ama@example.org' });
  });
});
