import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { QueryTooComplexError } from '../errors/domain-errors';

/**
 * How big a GraphQL document may be. The web client's largest operation (the speaker page) is 6 levels
 * deep with fragments flattened, costs 182 and has 96 tokens, no aliases and no directives; every limit
 * leaves it room to grow (docs/api.md, "Limits clients meet"). A document over a limit is refused before
 * anything runs, with QUERY_TOO_COMPLEX naming the limit.
 */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxCost: 1000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 1000,
} as const;

type Limit = keyof typeof QUERY_LIMITS;

/** Reports armor's refusal as our own error (armor's messages start with a misleading "Syntax Error:"). */
const refuse =
  (limit: Limit) =>
  (ctx: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.replace(/^Syntax Error: /, '');
    ctx?.reportError(
      new GraphQLError(message, {
        originalError: new QueryTooComplexError(message, limit, QUERY_LIMITS[limit]),
      }),
    );
  };

export interface QueryLimits {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  /** graphql-js counts tokens while parsing and stops at the limit (Apollo answers 400). */
  parseOptions: { maxTokens: number };
}

/**
 * graphql-armor's validation rules for depth, cost, aliases and directives. Its block-field-suggestions
 * plugin is left off: it leaves "[Suggestion hidden]?" behind and misses enum values ("Did you mean the
 * enum value …?"); the error formatter takes the hints out in production (graphQLErrorFormatter).
 * Its max-tokens plugin is left off: with Apollo Server it turns every syntax error into a 500
 * (graphql-armor issues #571, #751); graphql-js's own `maxTokens` parse option does the same job.
 */
export function queryLimits(): QueryLimits {
  const callbacks = (limit: Limit) => ({ propagateOnRejection: false, onReject: [refuse(limit)] });
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...callbacks('maxDepth') },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true, ...callbacks('maxCost') },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...callbacks('maxAliases') },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...callbacks('maxDirectives') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules,
    plugins,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
