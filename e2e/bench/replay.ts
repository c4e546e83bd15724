import { createServer, type IncomingMessage } from 'node:http';

/**
 * The second yardstick of public answers, the "replay limit": a bare node:http server that answers
 * each request with the bytes the app itself gave to the same request (status, content-type,
 * content-encoding, vary, etag and body, recorded by run.ts just before a scenario's rounds). No
 * database, no work but reading the request and writing kept bytes: what serving a kept answer can cost
 * at best on this machine. A request it has no recording of is answered 404 (an error in the run).
 *
 * Usage: node replay.js <port>, started by run.ts with an IPC channel: each message is a scenario's
 * recordings (Recording[]), which replace the last; it answers "loaded".
 */
export interface Recording {
  /** replayKey() of the request */
  key: string;
  status: number;
  headers: Record<string, string>;
  /** base64 */
  body: string;
}

/** What makes two requests the same one for the replay: method, path, accepted encodings and body. */
export const replayKey = (method: string, path: string, acceptEncoding: string | undefined, body: string) =>
  `${method} ${path} ${acceptEncoding ?? ''} ${body}`;

function main(): void {
  const [port] = process.argv.slice(2);
  const answers = new Map<
    string,
    { status: number; headers: Record<string, string | number>; body: Buffer }
  >();
  process.on('message', (recordings: Recording[]) => {
    answers.clear();
    for (const r of recordings) {
      const body = Buffer.from(r.body, 'base64');
      answers.set(r.key, {
        status: r.status,
        headers: { ...r.headers, 'content-length': body.length },
        body,
      });
    }
    process.send?.('loaded');
  });
  const answer = (req: IncomingMessage, body: string) => {
    const a = answers.get(
      replayKey(req.method ?? 'GET', req.url ?? '', req.headers['accept-encoding'], body),
    );
    return a ?? { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('not recorded') };
  };
  createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const a = answer(req, Buffer.concat(chunks).toString('utf8'));
      res.writeHead(a.status, a.headers);
      res.end(a.body);
    });
  }).listen(Number(port), '127.0.0.1', () => console.log(`replay listening on ${port}`));
}

if (require.main === module) main();
