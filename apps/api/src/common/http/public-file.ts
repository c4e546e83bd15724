import type { Request, Response } from 'express';
import { toSeconds } from './conditional';
import { EncodedAnswer, tagOf } from './encoded-answer';

/**
 * A public file made from public data and kept for one programme version (calendars, schedule exports,
 * the embed's data): its bytes, compressed once per encoding when first asked for (see EncodedAnswer),
 * and what is sent with them. Personal files (a delegate's feed) are never kept: see sendConditional.
 */
export interface PublicFile {
  readonly answer: EncodedAnswer;
  /** Sent as Last-Modified, and answers If-Modified-Since; null when the file has no date. */
  readonly lastModified: Date | null;
  /** Sent as Content-Disposition's file name; null: none. */
  readonly filename: string | null;
  /** Sent with the file and with a 304. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface PublicFileParts {
  body: string | Buffer;
  lastModified?: Date | null;
  filename?: string | null;
  headers?: Record<string, string>;
  /** The ETag's opaque part for the uncompressed bytes; by default a hash of them. */
  tag?: string;
}

/**
 * A file to keep: `grow` is told the bytes of each compressed copy once made, so the cache that keeps
 * the file counts them in its budget (the file's own bytes are `answer.identity.length`).
 */
export function publicFile(parts: PublicFileParts, grow: (bytes: number) => void): PublicFile {
  const bytes = typeof parts.body === 'string' ? Buffer.from(parts.body) : parts.body;
  return {
    answer: new EncodedAnswer(bytes, parts.tag ?? tagOf(bytes), grow),
    lastModified: parts.lastModified ?? null,
    filename: parts.filename ?? null,
    headers: parts.headers ?? {},
  };
}

/** The bytes a kept file takes at first (its compressed copies are counted as they are made). */
export const sizeOfPublicFile = (file: PublicFile): number => 512 + file.answer.identity.length;

/**
 * Sends a kept public file as `contentType`, in the encoding the request accepts best, with a strong
 * ETag per encoding and 304 to a conditional GET that has it already; null → 404.
 */
export async function sendPublicFile(
  req: Request,
  res: Response,
  file: PublicFile | null,
  contentType: string,
  cacheControl = 'public, max-age=300',
): Promise<void> {
  if (!file) {
    res.status(404).type('text/plain').send('Not found\n');
    return;
  }
  const lastModified = file.lastModified && toSeconds(file.lastModified);
  if (lastModified) res.setHeader('Last-Modified', lastModified.toUTCString());
  res.setHeader('Cache-Control', cacheControl);
  for (const [name, value] of Object.entries(file.headers)) res.setHeader(name, value);
  if (file.filename) res.setHeader('Content-Disposition', `inline; filename="${file.filename}"`);
  await file.answer.send(req, res, contentType, null, lastModified);
}
