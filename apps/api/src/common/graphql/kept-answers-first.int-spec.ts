import type { DataSource } from 'typeorm';
import type { TestApp } from '../../../test/create-test-app';
import { ENCODINGS_ASKED, firstInLineTestApp, type RawAnswer } from '../../../test/raw-http';

/**
 * Kept answers sent by the first request listener (first-in-line.ts) must be indistinguishable from those the
 * rest of the app sends. A body sent in chunks, of no stated length, is one the first listener
 * leaves to the app, so it shows what the app itself would have sent.
 */
describe('kept answers sent before the rest of the app', () => {
  let t: TestApp;
  let ds: DataSource;
  let app: Awaited<ReturnType<typeof firstInLineTestApp>>;
  beforeAll(async () => {
    app = await firstInLineTestApp();
    ({ t, ds } = app);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const AGENDA = `query ($slug: String!) { conference(slug: $slug) { sessions { id title participants { speaker { name } } } } }`;
  const agenda = JSON.stringify({ query: AGENDA, variables: { slug: 'ncasc-2018' } });
  const publish = () => ds.query(`UPDATE sessions SET title = title WHERE title = 'Child poverty'`);

  const raw = (headers: Record<string, string>, body = agenda, options: { chunked?: boolean } = {}) =>
    app.raw(headers, body, options);
  /** What a client sees of an answer, but the date it was sent. */
  const seen = ({ status, headers, body }: RawAnswer) => {
    const { date: _date, ...rest } = headers;
    return { status, headers: rest, body: body.toString('base64') };
  };
  const fromApp = (headers: Record<string, string>, body = agenda) => app.fromApp(headers, body);
  const first = (headers: Record<string, string>, body = agenda) => app.first(headers, body);

  it.each(ENCODINGS_ASKED)(
    'accept-encoding %s: the same status, headers and bytes as the app sends',
    async (accept, encoding, decode) => {
      await publish();
      const headers = { 'accept-encoding': accept, origin: 'https://other.example' };
      // made by Apollo, then sent by the app from the cache, then by the first listener
      const made = await fromApp(headers);
      const kept = await fromApp(headers);
      const fast = await first(headers);
      expect(seen(fast)).toEqual(seen(kept));
      expect(fast.headers['content-encoding']).toBe(encoding);
      expect(fast.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(decode(fast.body).toString()).toBe(decode(made.body).toString());
    },
  );

  it('sends the content type the request accepts, as the app does', async () => {
    const headers = { accept: 'application/graphql-response+json', 'accept-encoding': 'br' };
    await fromApp(headers);
    const kept = await fromApp(headers);
    const fast = await first(headers);
    expect(fast.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect(seen(fast)).toEqual(seen(kept));
  });

  it('answers 304 to a matching If-None-Match, with the headers the app sends', async () => {
    const kept = await fromApp({ 'accept-encoding': 'br' });
    const headers = { 'accept-encoding': 'br', 'if-none-match': kept.headers.etag as string };
    const fast = await first(headers);
    expect(fast.status).toBe(304);
    expect(fast.body.length).toBe(0);
    expect(seen(fast)).toEqual(seen(await fromApp(headers)));
  });

  it('sends the new answer after a publication', async () => {
    await fromApp({});
    await first({});
    const [s] = await ds.query(`SELECT id FROM sessions WHERE title = 'Child poverty'`);
    await ds.query(`UPDATE sessions SET title = 'Child poverty, revised' WHERE id = '${s.id}'`);
    // the first request after it runs the query (in the app), the next is sent first
    const made = await fromApp({ 'accept-encoding': 'identity' });
    const fast = await first({ 'accept-encoding': 'identity' });
    expect(made.body.toString()).toContain('Child poverty, revised');
    expect(fast.body.toString()).toBe(made.body.toString());
  });

  it('leaves a signed-in request to the app, which answers with its own data', async () => {
    const me = JSON.stringify({ query: '{ me { name } }' });
    const signUp = JSON.stringify({
      query: `mutation { signUp(input: { name: "Rhian", email: "rhian@example.org", password: "a-long-password-1" }) { token } }`,
    });
    const token = JSON.parse((await raw({}, signUp)).body.toString()).data.signUp.token as string;
    // kept for anonymous requests
    await raw({}, me);
    expect(JSON.parse((await first({}, me)).body.toString())).toEqual({ data: { me: null } });
    const signedIn: Record<string, string>[] = [
      { authorization: `Bearer ${token}` },
      { cookie: `theme=dark; ncasc_session=${token}` },
    ];
    for (const headers of signedIn) {
      const answer = await app.leftToApp(headers, me);
      expect(JSON.parse(answer.body.toString())).toEqual({ data: { me: { name: 'Rhian' } } });
    }
  });

  it('leaves a body it cannot read to the app, which refuses it as before', async () => {
    const bad = await raw({}, '{"query": ');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0]).toEqual({
      message: 'The request body is not valid JSON',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(bad.headers['x-content-type-options']).toBe('nosniff');
    const big = await raw({}, JSON.stringify({ query: AGENDA, variables: { pad: 'x'.repeat(2 ** 20) } }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body.toString()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
