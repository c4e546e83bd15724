// The little of node-postgres (`pg`, the API's driver, hoisted to the root node_modules) that
// e2e/support/database.ts uses. The package ships no types and @types/pg is not a dependency; remove this
// file if it ever becomes one.
declare module 'pg' {
  type TypeParser = (value: string) => unknown;

  export interface ClientConfig {
    connectionString?: string;
    /** Run-time settings for the session, e.g. `-c search_path=name`. */
    options?: string;
    connectionTimeoutMillis?: number;
    types?: { getTypeParser: (oid: number, format?: 'text' | 'binary') => TypeParser };
  }

  export interface QueryResult<R> {
    rows: R[];
    rowCount: number | null;
  }

  export class Client {
    constructor(config?: string | ClientConfig);
    connect(): Promise<void>;
    query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
  }

  export const types: {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => TypeParser;
  };
}
