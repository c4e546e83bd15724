import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../../test/create-test-app';
import { PublicDataCache } from '../cache/public-data-cache';
import { compressions } from './encoded-answer';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  /** As sent (not decoded). */
  body: Buffer;
}

/**
 * Public files (calendars, schedule exports, the embed's data) as a browser or a calendar app fetches
 * them: compressed once per programme version and encoding, with an ETag per encoding.
 */
describe('public files, compressed once per programme version', () => {
  let t: TestApp;
  let ds: DataSource;
  let port = 0;
  let sessionId = '';

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    const server = t.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
    const [row] = await ds.query(
      `SELECT s.id AS id FROM sessions s JOIN conferences c ON c.id = s.conference_id
       WHERE c.slug = 'ncasc-2018' AND s.day = '2018-11-15' AND s.removed_at IS NULL ORDER BY s.title LIMIT 1`,
    );
    sessionId = (row as { id: string }).id;
  });
  afterAll(() => t.close());

  /** A GET whose answer is read as the bytes sent (supertest would decode them). */
  const get = (path: string, headers: Record<string, string>) =>
    new Promise<Raw>((done, fail) => {
      const req = httpRequest({ port, host: '127.0.0.1', path, method: 'GET', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', fail);
      req.end();
    });

  /** What a phone's browser sends. */
  const BROWSER = 'gzip, deflate, br';
  /** A new programme version in which a session of 15 November 2018 (in every file below) has a new title. */
  const publishRename = (title: string) =>
    ds.getRepository('SessionEntity').update({ id: sessionId }, { title });

  const files: [string, () => string][] = [
    ['a conference calendar', () => '/calendar/conferences/ncasc-2018.ics'],
    ['a day’s calendar', () => '/calendar/conferences/ncasc-2018.ics?day=2018-11-15'],
    ['a session’s calendar', () => `/calendar/sessions/${sessionId}.ics`],
    ['the frab schedule XML', () => '/schedule/ncasc-2018.xml'],
    ['the c3voc schedule JSON', () => '/schedule/ncasc-2018.json'],
    ['the embed widget’s data', () => '/embed/v1/conferences/ncasc-2018.json'],
  ];

  describe.each(files)('%s', (_name, path) => {
    it('is sent to a browser as brotli bytes that decode to the same file, and gzip to one asking for gzip', async () => {
      const plain = await get(path(), { 'accept-encoding': 'identity' });
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(0);

      const br = await get(path(), { 'accept-encoding': BROWSER });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.headers['content-type']).toBe(plain.headers['content-type']);
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      // one ETag per encoding
      expect(br.headers.etag).toMatch(/^"[\w-]+-br"$/);
      expect(br.headers.etag).not.toBe(plain.headers.etag);

      const gzip = await get(path(), { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    });

    it('is compressed once per encoding, counted in the public data budget, and sent the same after', async () => {
      // a new version: nothing kept yet
      await publishRename(`Renamed ${Date.now()}`);
      const cache = t.app.get(PublicDataCache);
      const plain = await get(path(), { 'accept-encoding': 'identity' });
      const before = { made: compressions.count, bytes: cache.stats().bytes };
      const first = await get(path(), { 'accept-encoding': BROWSER });
      expect(compressions.count).toBe(before.made + 1);
      expect(cache.stats().bytes).toBeGreaterThanOrEqual(before.bytes + first.body.length);
      const again = await get(path(), { 'accept-encoding': BROWSER });
      expect(compressions.count).toBe(before.made + 1);
      expect(again.body.equals(first.body)).toBe(true);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(plain.status).toBe(200);
    });

    it('answers 304 with no body to its ETag, and a new published version gives a new ETag', async () => {
      const first = await get(path(), { 'accept-encoding': BROWSER });
      const etag = first.headers.etag as string;
      const unchanged = await get(path(), { 'accept-encoding': BROWSER, 'if-none-match': etag });
      expect(unchanged.status).toBe(304);
      expect(unchanged.body.length).toBe(0);
      expect(unchanged.headers.etag).toBe(etag);
      // the gzip copy has a tag of its own
      expect((await get(path(), { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(200);

      // (no comma: a calendar escapes it)
      const title = `Family hubs renamed ${Date.now()}`;
      await publishRename(title);
      const after = await get(path(), { 'accept-encoding': BROWSER, 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(etag);
      expect(brotliDecompressSync(after.body).toString()).toContain(title);
    });
  });
});
