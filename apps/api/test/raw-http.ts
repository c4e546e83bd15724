import { DataSource } from 'typeorm';
import { PublicAnswers } from '../src/common/graphql/public-response-cache';
import { createTestApp, type TestApp } from './create-test-app';
import type { INestApplication } from '@nestjs/common';
import { type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** An answer as the server sent it: its bytes not decoded (supertest would decompress them). */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The port the test app listens on, 127.0.0.1 (it is made to listen on a free one if it does not yet). */
export async function listeningPort(app: INestApplication): Promise<number> {
  const server = app.getHttpServer() as Server;
  if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

/**
 * POSTs `body` as JSON to /graphql and keeps the answer as sent. `chunked`: the body goes in two
 * writes with no Content-Length.
 */
export function rawGraphqlPost(
  port: number,
  headers: Record<string, string>,
  body: string,
  { chunked = false } = {},
): Promise<RawAnswer> {
  return new Promise<RawAnswer>((done, fail) => {
    const req = request(
      {
        port,
        host: '127.0.0.1',
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', fail);
    if (chunked) {
      req.write(body.slice(0, 10));
      req.end(body.slice(10));
    } else req.end(body);
  });
}

/**
 * POSTs to /graphql that are checked to reach the app or not, as `reached` (a spy on what every POST
 * /graphql meets in the app: PublicAnswers.serve) counts them. `fromApp`: a body sent in chunks with
 * no length, which the first request listener (first-in-line.ts) leaves to the app, so it shows what
 * the app itself sends; `first`: answered before the app; `leftToApp`: tried first, then left to it.
 */
export function reachingTheApp(port: number, reached: jest.SpyInstance) {
  const counted =
    (chunked: boolean, reachesApp: boolean) => async (headers: Record<string, string>, body: string) => {
      const before = reached.mock.calls.length;
      const answer = await rawGraphqlPost(port, headers, body, { chunked });
      expect(reached.mock.calls.length).toBe(before + (reachesApp ? 1 : 0));
      return answer;
    };
  return { fromApp: counted(true, true), first: counted(false, false), leftToApp: counted(false, true) };
}

/** Accept-Encoding headers a client sends, the encoding the app answers each with, and its decoder. */
export const ENCODINGS_ASKED: [string, string | undefined, (b: Buffer) => Buffer][] = [
  ['identity', undefined, (b) => b],
  ['gzip', 'gzip', gunzipSync],
  ['gzip, deflate, br', 'br', brotliDecompressSync],
];

/**
 * A test app on a port of its own, for the tests of the first request listener: its data source, and
 * raw POSTs to /graphql checked to reach the app or not (reachingTheApp, counted by a spy on
 * PublicAnswers.serve, which every POST /graphql meets in the app). Restore with jest.restoreAllMocks().
 */
export async function firstInLineTestApp() {
  const t: TestApp = await createTestApp();
  const port = await listeningPort(t.app);
  const reached = jest.spyOn(t.app.get(PublicAnswers), 'serve');
  return {
    t,
    ds: t.app.get(DataSource),
    port,
    reached,
    raw: (headers: Record<string, string>, body: string, options: { chunked?: boolean } = {}) =>
      rawGraphqlPost(port, headers, body, options),
    ...reachingTheApp(port, reached),
  };
}
