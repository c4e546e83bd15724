/** Error codes clients see in `extensions.code`. */
export type ClientErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_REQUESTS'
  | 'QUERY_TOO_COMPLEX'
  | 'CONFLICT';

/** An error whose message is safe to show to the client, with a code (and the offending field, if any). */
export class DomainError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly field?: string,
    /** More facts for the client, e.g. { retryAfterSeconds: 60 }. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, field);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, field?: string) {
    super('NOT_FOUND', `${what} was not found`, field);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your account may not do this', field?: string) {
    super('FORBIDDEN', message, field);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, undefined, { retryAfterSeconds });
  }
}

/** A GraphQL document over one of the query limits (depth, cost, aliases, directives, tokens). */
export class QueryTooComplexError extends DomainError {
  constructor(message: string, limit: string, max: number) {
    super('QUERY_TOO_COMPLEX', message, 'query', { limit, max });
  }
}
