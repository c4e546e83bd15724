import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-errors';

const logger = new Logger('GraphQL');

/** Codes Apollo and graphql-js produce for a malformed request; their messages are safe to pass on. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js stopping at the parse option `maxTokens` (common/graphql/query-limits.ts). */
// (graphql 16 spells it "more that")
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * graphql-js's hint at a name the client may have meant: `Did you mean "x", "y", or "z"?`,
 * `Did you mean the enum value "X"?`.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Refusals worded by the server library, naming it (and its configuration): said in our words. Any
 * other message naming it falls back to a plain one (the code still says what kind of refusal it is).
 */
const OUR_WORDS: [RegExp, string][] = [
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    'Refused as a possible cross-site request forgery: send the request as a POST with content-type application/json.',
  ],
  [/^GraphQL introspection is not allowed/, 'Introspection is turned off on this server.'],
  [/supports only GET\/POST requests/, 'Only GET and POST requests are answered here.'],
];
const NAMES_THE_LIBRARY = /apollo|graphql-js/i;

/** A request error's message, without the name of the library that refused it. */
function inOurWords(message: string): string {
  for (const [pattern, ours] of OUR_WORDS) if (pattern.test(message)) return ours;
  return NAMES_THE_LIBRARY.test(message) ? 'The request was refused.' : message;
}

/**
 * The error formatter of one app: formatGraphQLError, and in production no "Did you mean …?" hints (in
 * fields, arguments, types, enum values and input fields, in the query or its variables), so the schema
 * cannot be read by guessing names one at a time.
 */
export function graphQLErrorFormatter(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shaped = formatGraphQLError(formatted, error);
    if (!options.production) return shaped;
    const message = shaped.message.replace(SUGGESTION, '');
    return message === shaped.message ? shaped : { ...shaped, message };
  };
}

/**
 * The one place errors are turned into what a client sees: domain errors keep their message, code and
 * field; request errors keep Apollo's code; anything else becomes a bare INTERNAL_SERVER_ERROR (logged
 * here with its stack). No stack trace, SQL or file path ever reaches a client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...original.details,
      },
    };
  }
  if (isBadLiteral(error)) return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  const tooManyTokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && tooManyTokens) {
    return {
      message: `Query token limit of ${tooManyTokens[1]} exceeded.`,
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        field: 'query',
        limit: 'maxTokens',
        max: Number(tooManyTokens[1]),
      },
    };
  }

  const code = formatted.extensions?.code;
  if (
    typeof code === 'string' &&
    REQUEST_ERROR_CODES.has(code) &&
    (original === error || original instanceof GraphQLError)
  ) {
    const field = formatted.extensions?.field;
    // (in our words, not the server library's)
    return {
      ...base,
      message: inOurWords(base.message),
      extensions: { code, ...(typeof field === 'string' ? { field } : {}) },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * A literal in the query text that one of our scalars refused (`sessions(day: "2018-02-30")`): graphql-js
 * reports it as a validation failure, but to the client it is bad input (named by fieldNamingPlugin).
 */
function isBadLiteral(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const cause = error.originalError;
  return cause instanceof GraphQLError && cause.extensions?.code === 'BAD_USER_INPUT';
}
