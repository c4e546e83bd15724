import { Logger } from '@nestjs/common';
import type { ErrorRequestHandler } from 'express';

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'encoding.unsupported': 'The request body’s content encoding is not supported',
  'charset.unsupported': 'The request body’s character set is not supported (use UTF-8)',
  'request.aborted': 'The request body was cut off',
  'request.size.invalid': 'The request body is not as long as its Content-Length says',
};

/**
 * Answers a body the JSON parser refused as GraphQL clients expect an error: a 4xx with
 * `{ errors: [{ message, extensions: { code } }] }` (the web client shows the message). The parser's own
 * message, which may quote the body, is not passed on.
 */
export const bodyErrors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  const e = err as { type?: unknown; status?: unknown; limit?: unknown };
  const status = typeof e.status === 'number' ? e.status : 500;
  if (res.headersSent || typeof e.type !== 'string' || status < 400 || status >= 500) return next(err);
  new Logger('HTTP').debug(`refused a request body: ${e.type}`);
  res.status(status).json({
    errors: [
      {
        message:
          e.type === 'entity.too.large'
            ? `The request body is too large (at most ${typeof e.limit === 'number' ? Math.round(e.limit / 1024 / 1024) : 1} MB)`
            : (MESSAGES[e.type] ?? 'The request body could not be read'),
        extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
};
