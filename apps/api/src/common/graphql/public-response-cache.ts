import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Inject, Injectable, Module, type NestMiddleware } from '@nestjs/common';
import accepts from 'accepts';
import type { NextFunction, Request, Response } from 'express';
import { OperationTypeNode } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import typeis from 'type-is';
import { DataSource } from 'typeorm';
import { publicDataVersion } from '../cache/public-data-version';
import { VersionedCache } from '../cache/versioned-cache';
import { EncodedAnswer, tagOf } from '../http/encoded-answer';
import type { HttpContext } from './http-context';

/** Memory given to kept answers (the 20,000-session agenda is 12 MB of JSON). */
export const PUBLIC_ANSWERS_MAX_BYTES = 64 * 2 ** 20;

/** A response body as bytes, or null when it was not given whole. */
const bytesOf = (chunk: unknown): Buffer | null =>
  typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : null;

/**
 * Whether a request says who is asking (its answer may carry private fields). Given by the app root
 * (accounts knows how a request is signed in; this cache knows no domain).
 */
export const SIGNED_IN = Symbol('SIGNED_IN');
export type SignedIn = (req: IncomingMessage) => boolean;

/** What a single GraphQL answer may be sent as, in Apollo's order of preference (GraphQL over HTTP). */
const ANSWER_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * The content type a kept answer is sent as: the one the request's Accept header prefers, as Apollo
 * chooses it for the first answer (no Accept header: application/json); null when it accepts neither
 * (Apollo then refuses it with 406).
 */
export function answerType(req: IncomingMessage): { type: string; label: string } | null {
  // (what Express's req.accepts does, here for requests Express has not seen: first-in-line.ts)
  const type = accepts(req).types(ANSWER_TYPES);
  if (typeof type !== 'string') return null;
  return { type: `${type}; charset=utf-8`, label: type === ANSWER_TYPES[0] ? 'json' : 'gql' };
}

/** The parts of a parsed GraphQL POST body, or null when it is not an object with a query text. */
export function graphqlBody(
  body: unknown,
): { query: string; operationName: unknown; variables: unknown; extensions: unknown } | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  return typeof query === 'string' ? { query, operationName, variables, extensions } : null;
}

/** The key of an anonymous JSON POST to /graphql, or null when its answer may not be shared. */
function answerKey(req: IncomingMessage, signedIn: SignedIn): string | null {
  if (signedIn(req) || !typeis(req, ['application/json'])) return null;
  const asked = graphqlBody((req as { body?: unknown }).body);
  if (!asked) return null;
  const { query, operationName, variables } = asked;
  try {
    return JSON.stringify([query, operationName ?? null, variables ?? null]);
  } catch {
    return null; // nested too deeply to write out: Apollo answers it (with an error) as usual
  }
}

/**
 * Whole answers to anonymous queries (agenda, session, speaker, theme, search…), kept in memory as the
 * JSON sent and sent again without running the query, keyed by the request and the public data
 * version: a publish, an edit or a new write-up (on any instance: the version lives in the database)
 * changes the key, so nobody is served a programme older than the database. Requests asking for the
 * same answer at the same time wait for the first one instead of each running it. Signed-in requests,
 * whose answers may carry private fields, never touch the cache; mutations and answers with errors are
 * never kept. HTTP Cache-Control headers are left alone (answers are POSTs, and private ones must not
 * be kept by proxies).
 *
 * Two halves: the middleware looks an answer up before Apollo (a kept 12 MB agenda is written as it is,
 * not serialised again); the plugin keeps what Apollo answered. Apollo's response-cache plugin, used
 * before, needs the cache-control plugin (which wraps every field of every request, signed-in ones too),
 * parses the kept JSON again and serialises it on every hit, and lets concurrent requests for the same
 * answer each run the query.
 */
@Injectable()
export class PublicAnswers {
  /** As bytes: fifty clients sent a 12 MB answer at once share one buffer instead of a copy each. */
  readonly cache = new VersionedCache<EncodedAnswer>(PUBLIC_ANSWERS_MAX_BYTES);
  /** Requests Apollo has begun to run: their answer is sent, even if the client has gone. */
  private readonly running = new WeakSet<Request>();
  /** Requests whose answer Apollo found shareable (see keep). */
  private readonly shareable = new WeakSet<Request>();
  /** The public data version a request that missed was looked up at. */
  private readonly versions = new WeakMap<Request, number>();
  /** The version firstInLine read for a request it left to the app (read once per request). */
  private readonly readFirst = new WeakMap<IncomingMessage, number>();

  /** The public data version this request was looked up at, if it was (anonymous queries). */
  versionOf(req: Request): number | undefined {
    return this.versions.get(req);
  }

  constructor(
    private readonly ds: DataSource,
    @Inject(SIGNED_IN) private readonly signedIn: SignedIn,
  ) {}

  /** The key and content type of a request whose answer may be shared, or null. */
  private asked(req: IncomingMessage): { key: string; type: { type: string; label: string } } | null {
    const key = answerKey(req, this.signedIn);
    const type = answerType(req);
    return key === null || type === null ? null : { key, type };
  }

  /**
   * The answer already kept for this request at the current version, ready to send, or null (not
   * shareable, not kept yet, or being made): nothing is waited for or started (see first-in-line.ts).
   */
  async kept(req: IncomingMessage): Promise<{ send: (res: ServerResponse) => Promise<void> } | null> {
    const asked = this.asked(req);
    if (asked === null) return null;
    const version = await publicDataVersion(this.ds);
    const answer = this.cache.peek(asked.key, version);
    if (!answer) this.readFirst.set(req, version);
    return answer ? { send: (res) => answer.send(req, res, asked.type.type, asked.type.label) } : null;
  }

  /** The kept answer for this request (sent), or null: then it goes on to Apollo. */
  async serve(req: Request, res: Response): Promise<boolean> {
    const asked = this.asked(req);
    if (asked === null) return false;
    const { key, type } = asked;
    const version = this.readFirst.get(req) ?? (await publicDataVersion(this.ds));
    const found = this.cache.lookup(key, version);
    if (found.kind === 'miss') {
      // Apollo's run of it reads at this version (its loaders take it rather than read it again)
      this.versions.set(req, version);
      this.handOver(req, res, (json) => {
        const answer =
          json &&
          new EncodedAnswer(json, tagOf(`${version}|${key}`), (more) => this.cache.grow(key, version, more));
        found.settle(answer, json?.length);
      });
      // a client that gave up before Apollo ran its request: whoever waits runs it (one that gave up
      // while it runs leaves the answer to be kept for the others: Apollo still sends it, to no one)
      res.once('close', () => {
        if (!this.running.has(req)) found.settle(null);
      });
      return false;
    }
    const answer = found.kind === 'hit' ? found.value : await found.value;
    if (answer === null) return false;
    await answer.send(req, res, type.type, type.label);
    return true;
  }

  /**
   * Hands the answer sent to this request over to the requests waiting for it: the very bytes sent, kept
   * when Apollo found them shareable (see keep), so a large answer is serialised once, not once for the
   * kept copy and again for the response. Anything else that ends the response (an error, a refusal
   * before Apollo ran it, a failure on the way) lets the waiting requests run it themselves.
   */
  private handOver(req: Request, res: Response, settle: (json: Buffer | null) => void): void {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      res.end = end as Response['end'];
      const json = this.shareable.has(req) && res.statusCode === 200 ? bytesOf(args[0]) : null;
      if (json) args[0] = json; // (sent as kept: no second conversion of a large answer)
      settle(json);
      return end(...args);
    }) as Response['end'];
  }

  /** Notes a query's answer as one that may be shared (anonymous, a query, no errors); sent, it is kept. */
  keep(rc: GraphQLRequestContextWillSendResponse<HttpContext>): void {
    const req = rc.contextValue.req;
    // (only a request that missed makes an answer for the others)
    if (!this.versions.has(req)) return;
    const body = rc.response.body;
    const result = body.kind === 'single' ? body.singleResult : null;
    const shareable =
      rc.operation?.operation === OperationTypeNode.QUERY &&
      result?.data &&
      !result.errors &&
      !result.extensions;
    if (shareable) this.shareable.add(req);
  }

  plugins(): ApolloServerPlugin<HttpContext>[] {
    return [
      // Apollo installs its cache-control plugin unless told not to: no cache hints are used here
      ApolloServerPluginCacheControlDisabled(),
      {
        requestDidStart: (rc) => {
          this.running.add(rc.contextValue.req);
          return Promise.resolve({
            willSendResponse: (done) => {
              this.keep(done);
              return Promise.resolve();
            },
          });
        },
      },
    ];
  }
}

/** Answers POST /graphql from the kept answers when it can. */
@Injectable()
export class PublicAnswersMiddleware implements NestMiddleware {
  constructor(private readonly answers: PublicAnswers) {}

  use(req: Request, res: Response, next: NextFunction): void {
    this.answers.serve(req, res).then(
      (served) => (served ? undefined : next()),
      (e: unknown) => next(e),
    );
  }
}

@Module({ providers: [PublicAnswers], exports: [PublicAnswers] })
export class PublicAnswersModule {}
