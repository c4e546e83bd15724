import compression from 'compression';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import vary from 'vary';
import { isUnchanged } from './conditional';

/** The encodings a kept answer is sent in, best first when a request accepts several equally. */
export type Encoding = 'br' | 'gzip' | 'identity';
const ENCODINGS: Encoding[] = ['br', 'gzip', 'identity'];

/**
 * The encoding to send by a request's Accept-Encoding (RFC 9110 12.5.3): the highest q-value among br,
 * gzip and identity, ties going to br, then gzip; none given: identity. identity is acceptable unless
 * refused (identity;q=0, or *;q=0 without naming it); when all three are refused identity is sent anyway.
 */
export function chooseEncoding(header: string | undefined): Encoding {
  if (!header?.trim()) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const given = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const value = given === undefined ? 1 : Number(given);
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*');
  const weight = (e: Encoding) => q.get(e) ?? star ?? (e === 'identity' ? 1 : 0);
  let best: Encoding = 'identity';
  let bestQ = 0;
  for (const e of ENCODINGS) {
    if (weight(e) > bestQ) [best, bestQ] = [e, weight(e)];
  }
  return best;
}

/**
 * Brotli quality 11 for answers up to 16 KB (8 KB: 8 ms, 16 % smaller than quality 6), 6 beyond: on a synthetic
 * 900 KB agenda quality 6 takes 11 ms and 11 takes 5.2 s (35 % smaller), too long even once a version.
 */
const BROTLI_BEST_UP_TO = 16 * 1024;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Compressions made (for tests: a kept answer is compressed once per encoding). */
export const compressions = { count: 0 };

/** The bytes in `encoding`: gzip at level 6, brotli at `brotliQuality` (text mode, its size hinted). */
function compress(bytes: Buffer, encoding: Encoding, brotliQuality: number): Promise<Buffer> {
  if (encoding === 'identity') return Promise.resolve(bytes);
  if (encoding === 'gzip') return gzipped(bytes, { level: 6 });
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * Sends bytes already in `encoding` with status 200 and the headers every encoded answer carries: Vary
 * (added to any already set), its type, encoding and length. Marked so compression() leaves it alone.
 */
function sendEncoded(res: ServerResponse, type: string, encoding: Encoding, body: Buffer): void {
  encodedHere.add(res);
  vary(res, 'Accept-Encoding');
  res.setHeader('content-type', type);
  if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
  res.statusCode = 200;
  res.setHeader('content-length', body.length);
  res.end(body);
}

/** Responses sent already encoded here: the global compression() middleware leaves them alone. */
const encodedHere = new WeakSet<ServerResponse>();

/** compression()'s filter: its usual one, except for the answers sent by EncodedAnswer. */
export const compressUnlessEncoded = (req: Request, res: Response): boolean =>
  !encodedHere.has(res) && compression.filter(req, res);

/** An ETag's opaque part naming this (programme version and what was asked, or a file's bytes). */
export const tagOf = (name: string | Buffer): string =>
  createHash('sha256').update(name).digest('base64url').slice(0, 22);

/**
 * One public answer or file (the same for everyone at one programme version), kept as the bytes sent
 * and, made the first time a request asks for them, brotli and gzip copies; sent by the request's
 * Accept-Encoding with a strong ETag per answer, type and encoding, and 304 to a matching
 * If-None-Match (or, for a file with a date and no If-None-Match, to an If-Modified-Since).
 */
export class EncodedAnswer {
  private readonly copies = new Map<'br' | 'gzip', Promise<Buffer>>();

  /**
   * @param tag the ETag's opaque part for the uncompressed bytes (see tagOf); each encoding adds to it
   * @param grow told the bytes of each compressed copy once made (the cache's budget counts them)
   */
  constructor(
    readonly identity: Buffer,
    readonly tag: string,
    private readonly grow: (bytes: number) => void = () => undefined,
  ) {}

  /** The bytes in this encoding, compressed once (requests at the same time share the work). */
  bytes(encoding: Encoding): Promise<Buffer> {
    if (encoding === 'identity') return Promise.resolve(this.identity);
    let copy = this.copies.get(encoding);
    if (!copy) {
      compressions.count++;
      copy = compress(this.identity, encoding, this.identity.length <= BROTLI_BEST_UP_TO ? 11 : 6);
      this.copies.set(encoding, copy);
      copy.then(
        (b) => this.grow(b.length),
        () => this.copies.delete(encoding),
      );
    }
    return copy;
  }

  /**
   * Sends the answer as `type`; a short label of the type, when one type's answer may be sent as
   * another, goes in the ETag, which differs per type and encoding. `lastModified`, when the answer has
   * a date, answers an If-Modified-Since (the caller sends the Last-Modified header).
   */
  async send(
    req: IncomingMessage,
    res: ServerResponse,
    type: string,
    typeLabel: string | null,
    lastModified: Date | null = null,
  ): Promise<void> {
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const etag = `"${this.tag}${typeLabel ? `-${typeLabel}` : ''}${encoding === 'identity' ? '' : `-${encoding}`}"`;
    if (isUnchanged(req, etag, lastModified)) {
      encodedHere.add(res);
      vary(res, 'Accept-Encoding'); // (added to any Vary already set)
      res.setHeader('etag', etag);
      res.setHeader('content-type', type);
      res.statusCode = 304;
      res.end();
      return;
    }
    // (compressed before any header is set: a failure leaves the response as it was)
    const body = await this.bytes(encoding);
    res.setHeader('etag', etag);
    sendEncoded(res, type, encoding, body);
  }
}

/** compression()'s own threshold and brotli quality, for answers made for one request (below). */
const COMPRESS_FROM_BYTES = 1024;
const BROTLI_ONE_OFF_QUALITY = 4;

/**
 * Sends an answer made for one request (a signed-in one: never kept) as the compression() middleware
 * would: Vary: Accept-Encoding, brotli (quality 4) or gzip from 1 KB on when accepted, else as it is.
 * Unlike the middleware, it compresses the whole answer at once (off the main thread) and gives its
 * length rather than sending it in chunks.
 */
export async function sendOneOff(
  req: IncomingMessage,
  res: ServerResponse,
  type: string,
  bytes: Buffer,
): Promise<void> {
  const encoding =
    bytes.length >= COMPRESS_FROM_BYTES ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
  // (headers set once the answer is compressed: a failure leaves the response as it was)
  sendEncoded(res, type, encoding, await compress(bytes, encoding, BROTLI_ONE_OFF_QUALITY));
}
