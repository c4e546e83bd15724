import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { TooManyRequestsError } from '../../common/errors/domain-errors';
import type { GraphQLContext } from '../graphql-context';
import type { WriteLimiter } from './write-limiter';

/**
 * Counts every mutation (one per root field, so aliases do not multiply a request's worth) before any
 * of it runs; past the limit the whole operation is answered 429 with `Retry-After` and
 * TOO_MANY_REQUESTS, and nothing is written.
 */
export function writeLimitPlugin(limiter: WriteLimiter): ApolloServerPlugin<GraphQLContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          const user = await contextValue.auth.user();
          try {
            await limiter.check(
              contextValue.auth.ip(),
              user?.id ?? null,
              operation.selectionSet.selections.length,
            );
          } catch (e) {
            if (!(e instanceof TooManyRequestsError)) throw e;
            const seconds = String(e.details.retryAfterSeconds);
            throw new GraphQLError(e.message, {
              originalError: e,
              extensions: { http: { status: 429, headers: new HeaderMap([['retry-after', seconds]]) } },
            });
          }
        },
      };
    },
  };
}
