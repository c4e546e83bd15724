import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A generated file served with validators, so clients that poll it get 304 while it is unchanged. */
export interface ConditionalFile {
  body: string | Buffer;
  lastModified: Date;
  filename: string;
  /** Personal files must not be cached by shared caches. */
  personal: boolean;
  /** The ETag when worked out already (a large file kept for many requests); else a hash of the body. */
  etag?: string;
}

/** A strong ETag: a hash of the body. */
export const bodyEtag = (body: string | Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Whether an If-None-Match names this ETag (weak comparison, as RFC 9110 13.1.2 asks) or is `*`. */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** A date as Last-Modified gives it (whole seconds). */
export const toSeconds = (date: Date): Date => new Date(Math.floor(date.getTime() / 1000) * 1000);

/**
 * Whether a conditional GET may be answered 304: a matching If-None-Match, or, without one, an
 * If-Modified-Since no older than `lastModified` (null: the ETag alone decides).
 */
export function isUnchanged(req: IncomingMessage, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = req.headers['if-modified-since'];
  return ifNoneMatch
    ? etagMatches(ifNoneMatch, etag)
    : lastModified !== null &&
        ifModifiedSince !== undefined &&
        !Number.isNaN(Date.parse(ifModifiedSince)) &&
        toSeconds(lastModified).getTime() <= Date.parse(ifModifiedSince);
}

/**
 * Sends a generated file with a strong ETag (a hash of the body) and Last-Modified, answering 304 to a
 * matching If-None-Match (or, without one, to an If-Modified-Since no older than the file); null → 404.
 * `headers` go out with both 200 and 304.
 */
export function sendConditional(
  req: Request,
  res: Response,
  file: ConditionalFile | null,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  if (!file) {
    res.status(404).type('text/plain').send('Not found\n');
    return;
  }
  const etag = file.etag ?? bodyEtag(file.body);
  const lastModified = toSeconds(file.lastModified);
  res.setHeader('ETag', etag);
  // a personal feed changes when a star is taken off, which leaves no date behind: its ETag alone decides
  if (!file.personal) res.setHeader('Last-Modified', lastModified.toUTCString());
  res.setHeader('Cache-Control', file.personal ? 'private, no-cache' : 'public, max-age=300');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (isUnchanged(req, etag, file.personal ? null : lastModified)) {
    res.status(304).end();
    return;
  }
  res
    .status(200)
    .type(contentType)
    .setHeader('Content-Disposition', `inline; filename="${file.filename}"`)
    .send(file.body);
}
