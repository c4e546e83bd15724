import type { INestApplication } from '@nestjs/common';
import { type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
