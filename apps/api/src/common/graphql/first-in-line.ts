import type { Request, RequestHandler, Response } from 'express';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { sendOneOff } from '../http/encoded-answer';
import type { CompiledQueries } from './compiled-queries';
import type { HttpContext } from './http-context';
import { answerType, graphqlBody, type PublicAnswers } from './public-response-cache';

/** What a request read here carries on to the app: the body, parsed (and cookies, when they were). */
type ReadRequest = IncomingMessage & { body?: unknown; cookies?: unknown };

export interface FirstInLineOptions {
  answers: PublicAnswers;
  compiled: CompiledQueries;
  /** The context a GraphQL request is run with (the same Apollo is given). */
  context: (req: Request, res: Response) => HttpContext;
  /** Whether a request might be signed in, told from its headers alone (erring towards yes). */
  mayBeSignedIn: (req: IncomingMessage) => boolean;
  /** The bearer token or session cookie of a request whose cookies are parsed, or null. */
  token: (req: IncomingMessage) => string | null;
  /** The app's JSON body parser for anonymous requests; the app's cookie parser. */
  json: RequestHandler;
  cookies: RequestHandler;
  /** The largest body read here (the anonymous limit; anything bigger goes to the app as it is). */
  limitBytes: number;
  securityHeaders: RequestHandler;
}

/** Errors met reading a body here, raised again where the app's body parser would meet them. */
const bodyErrors = new WeakMap<IncomingMessage, unknown>();

/** Raises the error firstInLine met reading this request's body, if it met one. */
export const raiseBodyError: RequestHandler = (req, _res, next) => next(bodyErrors.get(req));

/** Runs an Express-style handler on a request Express has not seen (helmet, body and cookie parsers). */
const run = (handler: RequestHandler, req: IncomingMessage, res: ServerResponse) =>
  new Promise<void>((done, fail) =>
    handler(req as Request, res as Response, (e?: unknown) =>
      e ? fail(e instanceof Error ? e : new Error('the handler failed', { cause: e })) : done(),
    ),
  );

/**
 * Puts `listener` first on the server, before the app (Express, and Nest and Apollo behind it):
 * requests it does not answer reach the app as if it were not there.
 */
export function putFirst(server: Server, listener: (app: RequestListener) => RequestListener): void {
  const [app, ...others] = server.listeners('request') as RequestListener[];
  if (!app || others.length) throw new Error('expected the server to have the app as its one listener');
  server.removeListener('request', app);
  server.on('request', listener(app));
}

/**
 * The GraphQL answers most requests on a conference's days ask for, sent before Express, Nest and
 * Apollo see the request: their fixed cost (routing, nine middlewares, Apollo's pipeline and plugins)
 * was 0.4 ms a request, more than making a small answer (a plain node:http server sending a kept search
 * answer served four times as many requests a second as the app did).
 *
 * Only for what is cheap to tell apart: a POST to /graphql with a JSON body within the anonymous limit,
 * read here by the app's own parser (which then finds it read and leaves it; an error reading it waits
 * for `raiseBodyError`, where the parser would have met it). Then:
 * - **anonymous** (`mayBeSignedIn` errs towards yes): a kept public answer (PublicAnswers.kept);
 * - **signed in**: a query Apollo has compiled already (CompiledQueries: same text, so already parsed
 *   and validated, query limits included) is run here with the context Apollo would give it. An answer
 *   with any error is thrown away and the request goes on to Apollo, which runs it again and makes,
 *   codes and formats the errors in one place (queries only read, so running one twice changes
 *   nothing). Mutations are never answered here.
 *
 * The request is not Express's: a resolver on this path must not use Express's own additions (req.ip,
 * res.cookie…); only mutations do (sign-in, write limits), and they never come here.
 *
 * Either answer gets the headers the app would send (`securityHeaders`, the content type the request
 * accepts, Vary, the encoding compression() would choose). Anything else, and anything that fails
 * before a byte is sent, goes on to the app.
 */
export function firstInLine(options: FirstInLineOptions): (app: RequestListener) => RequestListener {
  const cheap = (req: IncomingMessage) => {
    const length = Number(req.headers['content-length']);
    return (
      req.method === 'POST' &&
      (req.url === '/graphql' || req.url?.startsWith('/graphql?') === true) &&
      /^application\/json\b/i.test(req.headers['content-type'] ?? '') &&
      !req.headers['content-encoding'] &&
      length > 0 &&
      length <= options.limitBytes
    );
  };

  const keptAnswer = async (req: ReadRequest, res: ServerResponse): Promise<boolean> => {
    const kept = await options.answers.kept(req);
    if (!kept) return false;
    await run(options.securityHeaders, req, res);
    await kept.send(res);
    return true;
  };

  const compiledAnswer = async (req: ReadRequest, res: ServerResponse): Promise<boolean> => {
    const asked = graphqlBody(req.body);
    if (!asked || asked.extensions !== undefined) return false;
    const { query, operationName, variables } = asked;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return false;
    if (
      variables !== undefined &&
      variables !== null &&
      (typeof variables !== 'object' || Array.isArray(variables))
    )
      return false;
    const compiled = options.compiled.forText(query, operationName ?? null);
    const type = answerType(req);
    if (!compiled || !type) return false;
    await run(options.cookies, req, res);
    // (a request naming the session cookie with no value in it: anonymous, for Apollo and the cache)
    if (options.token(req) === null) return false;
    const result = await compiled.query(
      undefined,
      options.context(req as Request, res as Response),
      variables ?? {},
    );
    if (result.errors?.length || !result.data) return false;
    // as Apollo writes it
    const json = Buffer.from(`${JSON.stringify({ data: result.data })}\n`);
    await run(options.securityHeaders, req, res);
    await sendOneOff(req, res, type.type, json);
    return true;
  };

  return (app) => (req, res) => {
    if (!cheap(req)) return app(req, res);
    const onward = () => {
      if (!res.headersSent) app(req, res);
      else res.destroy();
    };
    run(options.json, req, res).then(
      () =>
        (options.mayBeSignedIn(req) ? compiledAnswer(req, res) : keptAnswer(req, res)).then(
          (sent) => sent || onward(),
          onward,
        ),
      (e: unknown) => {
        bodyErrors.set(req, e);
        onward();
      },
    );
  };
}
