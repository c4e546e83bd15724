/** Error codes clients see in `extensions.code`. */
export type ClientErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** An error whose message is safe to show to the client, with a code (and the offending field, if any). */
export class DomainError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly field?: string,
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
