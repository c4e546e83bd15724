import {
  type ApolloServerPlugin,
  type GraphQLRequestContextResponseForOperation,
  HeaderMap,
} from '@apollo/server';
import type { GraphQLResponse } from '@apollo/server';
import { Injectable, Module } from '@nestjs/common';
import { type DocumentNode, type OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { HttpContext } from './http-context';

/** A query is compiled on its third run: a one-off (or a hostile client's endless variations) never is. */
export const COMPILE_AFTER_RUNS = 2;

/** Nor is a long one (the web client's longest query is about 1 kB): no compiling hostile giants. */
export const COMPILE_UP_TO_CHARACTERS = 10_000;

/** Compiled queries looked up by their text (firstInLine): as many as this, the least used last forgotten first. */
export const KEPT_BY_TEXT = 500;

interface Known {
  runs: number;
  compiled?: CompiledQuery | null;
}

const textKey = (query: string, operationName: string | null) => JSON.stringify([operationName, query]);

/**
 * Instants as the DateTime scalar writes them, each Date written once (shared rows' Dates live on).
 * Anything else is undefined, which the compiled query reports as an error (and graphql-js then runs it).
 */
const isoStrings = new WeakMap<Date, string>();
function isoDateTime(value: unknown): string | undefined {
  if (!(value instanceof Date)) return undefined;
  let iso = isoStrings.get(value);
  if (iso === undefined) isoStrings.set(value, (iso = value.toISOString()));
  return iso;
}

/**
 * Queries run often (the agenda, a schedule, a session page) are compiled by graphql-jit into plain
 * functions, which answer without graphql-js's per-field work (a resolve info and an arguments object
 * for each field of each session): `mySchedule` went from about 910 to 1,100 requests a second.
 *
 * The compiled query answers only what it can answer without an error. Anything else is left to Apollo
 * as usual: mutations (never run twice), a query that failed to compile, and any answer with an error
 * (bad variables, NOT_FOUND, UNAUTHENTICATED…), which graphql-js then runs again so errors are made,
 * coded and formatted in one place. Queries only read, and a request's loaders already hold what the
 * first run read, so the second run is cheap and changes nothing.
 *
 * Compiled queries are kept with Apollo's parsed documents (its LRU store): the same text gives the
 * same document, and a document Apollo forgets is forgotten here too. The index by text (forText) keeps
 * the KEPT_BY_TEXT used last, so a client sending endless variations pushes out only the least used.
 */
@Injectable()
export class CompiledQueries {
  private readonly known = new WeakMap<DocumentNode, Map<string | null, Known>>();
  /**
   * The same compiled queries by their text and operation name, for requests answered before Apollo
   * (first-in-line.ts): a text Apollo has parsed, validated (the query limits too) and compiled is the
   * same document whoever sends it.
   */
  private readonly byText = new Map<string, CompiledQuery>();
  /** Queries compiled, and answers they gave (read by tests and the benchmark notes). */
  readonly counts = { compiled: 0, answered: 0, leftToApollo: 0 };

  /** The compiled query of this text and operation name, if one was compiled from it. */
  forText(query: string, operationName: string | null): CompiledQuery | undefined {
    const key = textKey(query, operationName);
    const found = this.byText.get(key);
    if (found) {
      // (used last: kept longest)
      this.byText.delete(key);
      this.byText.set(key, found);
    }
    return found;
  }

  plugin(): ApolloServerPlugin<HttpContext> {
    return {
      requestDidStart: () => Promise.resolve({ responseForOperation: (rc) => this.answer(rc) }),
    };
  }

  private async answer(
    rc: GraphQLRequestContextResponseForOperation<HttpContext>,
  ): Promise<GraphQLResponse | null> {
    // Apollo's type says there is one, but an operation name the document lacks leaves it out (graphql-js
    // then reports it)
    const operation = rc.operation as OperationDefinitionNode | undefined;
    if (operation?.operation !== OperationTypeNode.QUERY || rc.source.length > COMPILE_UP_TO_CHARACTERS)
      return null;
    const query = this.compiled(rc);
    if (!query) return null;
    const result = await query.query(undefined, rc.contextValue, rc.request.variables ?? {});
    if (result.errors?.length) {
      this.counts.leftToApollo++;
      return null;
    }
    this.counts.answered++;
    return {
      http: { headers: new HeaderMap(), status: undefined },
      body: { kind: 'single', singleResult: { data: result.data } },
    };
  }

  private compiled(rc: GraphQLRequestContextResponseForOperation<HttpContext>): CompiledQuery | null {
    let byName = this.known.get(rc.document);
    if (!byName) this.known.set(rc.document, (byName = new Map<string | null, Known>()));
    const name = rc.operationName ?? null;
    let known = byName.get(name);
    if (!known) byName.set(name, (known = { runs: 0 }));
    if (known.compiled === undefined) {
      if (++known.runs <= COMPILE_AFTER_RUNS) return null;
      const made = compileQuery(rc.schema, rc.document, name ?? undefined, {
        customSerializers: { DateTime: isoDateTime },
      });
      known.compiled = isCompiledQuery(made) ? made : null;
      if (known.compiled) this.counts.compiled++;
    }
    // by the text and the operation name as sent (none, when the document has one operation)
    if (known.compiled) this.remember(textKey(rc.source, rc.request.operationName ?? null), known.compiled);
    return known.compiled;
  }

  private remember(key: string, query: CompiledQuery): void {
    if (this.byText.get(key) === query) return;
    this.byText.set(key, query);
    if (this.byText.size > KEPT_BY_TEXT) this.byText.delete(this.byText.keys().next().value as string);
  }
}

@Module({ providers: [CompiledQueries], exports: [CompiledQueries] })
export class CompiledQueriesModule {}
