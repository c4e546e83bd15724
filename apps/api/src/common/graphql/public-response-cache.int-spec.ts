import request from 'supertest';
import { DataSource } from 'typeorm';
import { recordStatements } from '../../../test/count-statements';
import { createTestApp, type TestApp } from '../../../test/create-test-app';
import { listeningPort, rawGraphqlPost } from '../../../test/raw-http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressions } from '../http/encoded-answer';
import { CompiledQueries } from './compiled-queries';
import { PublicAnswers } from './public-response-cache';

describe('the public response cache', () => {
  let t: TestApp;
  let ds: DataSource;
  let recorded: { take: () => string[] };
  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    recorded = await recordStatements(ds);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const AGENDA = `query ($slug: String!) { conference(slug: $slug) { sessions { id title participants { speaker { name } } } } }`;
  const titles = (r: { data: { conference: { sessions: { title: string }[] } } }) =>
    r.data.conference.sessions.map((s) => s.title);
  const ask = async (headers: Record<string, string> = {}) => {
    recorded.take();
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    const res = await req.send({ query: AGENDA, variables: { slug: 'ncasc-2018' } });
    return {
      body: res.body as { data: { conference: { sessions: { title: string }[] } } },
      sql: recorded.take(),
    };
  };

  it('answers a repeated anonymous query without running it again', async () => {
    const first = await ask();
    const second = await ask();
    expect(second.body).toEqual(first.body);
    expect(first.sql.length).toBeGreaterThan(3);
    expect(second.sql).toEqual([expect.stringContaining('data_versions')]);
  });

  it('sends a kept answer as the content type the request asks for, as the first answer is sent', async () => {
    await ds.query(`UPDATE sessions SET title = title WHERE title = 'Child poverty'`);
    const send = (accept?: string) => {
      const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (accept) req.set('accept', accept);
      return req.send({ query: AGENDA, variables: { slug: 'ncasc-2018' } });
    };
    const GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';
    const JSON_TYPE = 'application/json; charset=utf-8';
    const made = await send('application/graphql-response+json');
    expect(made.headers['content-type']).toBe(GRAPHQL_RESPONSE);
    const cases: [string | undefined, string][] = [
      ['application/graphql-response+json', GRAPHQL_RESPONSE],
      ['application/graphql-response+json, application/json;q=0.9', GRAPHQL_RESPONSE],
      ['application/json;q=0.5, application/graphql-response+json', GRAPHQL_RESPONSE],
      ['application/json', JSON_TYPE],
      ['*/*', JSON_TYPE],
      [undefined, JSON_TYPE],
    ];
    for (const [accept, type] of cases) {
      recorded.take();
      const kept = await send(accept);
      expect([accept, kept.headers['content-type']]).toEqual([accept, type]);
      expect(kept.text).toBe(made.text);
      // (served from the cache: only the version was read)
      expect(recorded.take()).toEqual([expect.stringContaining('data_versions')]);
    }
    // a request accepting neither is left to Apollo, which refuses it
    expect((await send('text/html')).status).toBe(406);
  });

  it('sends a kept answer byte for byte as the request that made it was sent, headers too', async () => {
    // a new programme version, so the first request makes the answer
    await ds.query(`UPDATE sessions SET title = title WHERE title = 'Child poverty'`);
    const send = () =>
      request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('accept-encoding', 'identity')
        .send({ query: AGENDA, variables: { slug: 'ncasc-2018' } });
    const made = await send();
    const kept = await send();
    expect(made.text.length).toBeGreaterThan(1000);
    expect(kept.text).toBe(made.text);
    expect(made.text.endsWith('}\n')).toBe(true);
    for (const header of ['content-type', 'content-length'])
      expect([header, kept.headers[header]]).toEqual([header, made.headers[header]]);
    // asked for no encoding: none
    expect(kept.headers['content-encoding']).toBeUndefined();
    expect(kept.headers.etag).toMatch(/^"[\w-]+-json"$/);
  });

  describe('kept answers in the encodings browsers ask for', () => {
    // the bytes as sent (the test client would decode them)
    let port = 0;
    beforeAll(async () => {
      port = await listeningPort(t.app);
    });
    const raw = (headers: Record<string, string>) =>
      rawGraphqlPost(port, headers, JSON.stringify({ query: AGENDA, variables: { slug: 'ncasc-2018' } }));
    let identity: Buffer;
    beforeAll(async () => {
      // a new programme version, made by this request
      await ds.query(`UPDATE sessions SET title = title WHERE title = 'Child poverty'`);
      await raw({ 'accept-encoding': 'identity' });
      const kept = await raw({ 'accept-encoding': 'identity' });
      identity = kept.body;
      expect(identity.length).toBeGreaterThan(1000);
    });

    it.each([
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0, gzip', 'gzip', gunzipSync],
      ['gzip;q=1, br;q=0.5', 'gzip', gunzipSync],
      ['x-gzip', 'gzip', gunzipSync],
    ])('accept-encoding %s: sent as %s, decoding to the same bytes', async (accept, encoding, decode) => {
      const res = await raw({ 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers.etag).toMatch(new RegExp(`-json-${encoding}"$`));
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(decode(res.body).equals(identity)).toBe(true);
    });

    it.each([['identity'], [''], ['deflate'], ['br;q=0, gzip;q=0']])(
      'accept-encoding "%s": sent uncompressed',
      async (accept) => {
        const res = await raw(accept ? { 'accept-encoding': accept } : { 'accept-encoding': '' });
        expect(res.headers['content-encoding']).toBeUndefined();
        expect(res.body.equals(identity)).toBe(true);
      },
    );

    it('compresses a kept answer once per encoding, the same bytes each time after', async () => {
      const a = await raw({ 'accept-encoding': 'br' });
      const c = await raw({ 'accept-encoding': 'gzip' });
      // (made at most once by now, by these or the requests above)
      const before = compressions.count;
      const b = await raw({ 'accept-encoding': 'br' });
      const d = await raw({ 'accept-encoding': 'gzip' });
      expect(compressions.count).toBe(before);
      expect(a.body.equals(b.body)).toBe(true);
      expect(c.body.equals(d.body)).toBe(true);
      expect(a.headers.etag).toBe(b.headers.etag);
      expect(new Set([a.headers.etag, c.headers.etag]).size).toBe(2);
    });

    it('answers 304 with no body to a matching If-None-Match, and a publish changes the ETag', async () => {
      const first = await raw({ 'accept-encoding': 'br' });
      const etag = first.headers.etag as string;
      const again = await raw({ 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      // another encoding's tag does not match
      expect((await raw({ 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(200);
      // a new programme version: a new tag, and the old one answered in full
      await ds.query(`UPDATE sessions SET title = title WHERE title = 'Child poverty'`);
      await raw({ 'accept-encoding': 'br' });
      const after = await raw({ 'accept-encoding': 'br', 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(etag);
    });

    it('counts the compressed copies in the cache budget', async () => {
      const answers = t.app.get(PublicAnswers);
      await ds.query(`UPDATE sessions SET title = title WHERE title = 'Child poverty'`);
      await raw({ 'accept-encoding': 'identity' });
      const plain = answers.cache.stats().bytes;
      const br = await raw({ 'accept-encoding': 'br' });
      expect(answers.cache.stats().bytes).toBe(plain + br.body.length);
    });
  });

  it('never serves a programme older than the database: any write to it is seen at once', async () => {
    const before = await ask();
    const [s] = await ds.query(`SELECT id, title FROM sessions WHERE title = 'Child poverty'`);
    await ds.query(`UPDATE sessions SET title = 'Child poverty and the budget' WHERE id = '${s.id}'`);
    const after = await ask();
    expect(titles(after.body)).toContain('Child poverty and the budget');
    expect(titles(before.body)).toContain('Child poverty');
    expect(after.sql.length).toBeGreaterThan(3);
  });

  it('runs a query once for many anonymous requests asking for it at the same time', async () => {
    // a new programme version, so nothing is kept yet
    await ds.query(
      `UPDATE sessions SET summary = 'Moved to the main hall' WHERE title = 'Understanding youth outcomes'`,
    );
    recorded.take();
    const server = t.app.getHttpServer();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(server)
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({ query: AGENDA, variables: { slug: 'ncasc-2018' } }),
      ),
    );
    const sql = recorded.take();
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(titles(answers[0].body)).toContain('Understanding youth outcomes');
    // eight version checks at the door (the query that ran reads at the version it was looked up at),
    // and that run alone read sessions
    expect(sql.filter((q) => q.includes('data_versions'))).toHaveLength(8);
    expect(sql.filter((q) => /FROM "sessions"/.test(q))).toHaveLength(1);
  });

  it('never keeps the answer to a mutation: the same sign-up twice is refused the second time', async () => {
    const signUp = `mutation { signUp(input: { name: "Nia", email: "nia@example.org", password: "a-long-password-1" }) { token } }`;
    const send = () =>
      request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: signUp });
    const first = await send();
    expect(first.body.data.signUp.token).toEqual(expect.any(String));
    const second = await send();
    expect(second.body.data).toBeNull();
    expect(second.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets nobody wait for an answer Apollo refused before running it (bad variables)', async () => {
    const server = t.app.getHttpServer();
    const bad = () =>
      request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: AGENDA, variables: 'not an object' });
    const answers = await Promise.all([bad(), bad(), bad()]);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    const good = await ask();
    expect(titles(good.body)).toContain('Understanding youth outcomes');
  });

  it('lets nobody wait for an answer Apollo failed to make, and keeps none', async () => {
    const compiled: { answer: () => Promise<unknown> } = t.app.get<unknown, never>(CompiledQueries);
    // a plugin failing on the way: Apollo answers 500 without a response to keep
    const failing = jest.spyOn(compiled, 'answer').mockRejectedValueOnce(new Error('plugin failed'));
    const server = t.app.getHttpServer();
    const QUERY = '{ conferences { slug } }';
    const send = () =>
      request(server).post('/graphql').set('content-type', 'application/json').send({ query: QUERY });
    const first = await send();
    expect(first.status).toBe(500);
    expect(first.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(failing).toHaveBeenCalledTimes(1);
    // the same request again is run, not left waiting for the failed one, and then kept as usual
    const [again, more] = await Promise.all([send(), send()]);
    expect([again.status, more.status]).toEqual([200, 200]);
    expect(again.body.data.conferences.length).toBeGreaterThan(5);
    failing.mockRestore();
  });

  it('answers an anonymous `me` (no one) from the kept answers like any public query', async () => {
    const me = async () => {
      recorded.take();
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: 'query Me { me { id name } }' });
      expect(res.body).toEqual({ data: { me: null } });
      return recorded.take();
    };
    await me();
    // the second time: only the version check reaches the database
    const second = await me();
    expect(second).toHaveLength(1);
    expect(second[0]).toContain('data_versions');
  });

  it('leaves signed-in requests out of the cache', async () => {
    await ask();
    const signedIn = await ask({ authorization: 'Bearer not-a-real-token' });
    // the query ran: its conference was read from the database (the programme itself is shared)
    expect(signedIn.sql.filter((q) => /FROM ("[^"]+"\.)?"conferences"/.test(q))).toHaveLength(1);
  });
});
