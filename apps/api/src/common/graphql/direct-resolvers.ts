import type { GraphQLFieldResolver } from 'graphql';

/** A field's resolver as plain code: the parent object and the request's context. */
export type DirectField<P, C> = (parent: P, ctx: C) => unknown;

/**
 * Resolvers for the fields every agenda, schedule and feed asks of each session, given to Apollo as they
 * are. A Nest @ResolveField runs each call through Nest's pipeline (parameter factories, pipes, promise
 * per parameter): on a 20,000-session agenda that is 200,000 calls and most of the answer's time and
 * garbage. The @ResolveField methods stay — they declare the fields in the code-first schema and call
 * the same functions — and these replace them at run time (GraphQLModule's `resolvers` override Nest's).
 * Only fields without arguments, guards or interceptors belong here.
 */
export function directResolvers(
  types: Record<string, Record<string, DirectField<never, never>>>,
): Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> {
  const resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> = {};
  for (const [type, fields] of Object.entries(types)) {
    resolvers[type] = {};
    for (const [field, resolve] of Object.entries(fields)) {
      const direct = resolve as DirectField<unknown, unknown>;
      resolvers[type][field] = (parent, _args, ctx) => direct(parent, ctx);
    }
  }
  return resolvers;
}
