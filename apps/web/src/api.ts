import type { TypedDocumentString } from '@ncasc/shared/generated';
import { useEffect, useState } from 'preact/hooks';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    /** The input field the server blames (BAD_USER_INPUT), e.g. "email". */
    readonly field?: string,
    /** For TOO_MANY_REQUESTS: how long to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: unknown; field?: unknown; retryAfterSeconds?: unknown };
}

/** The first GraphQL error of a response as an ApiError. */
export function toApiError(e: GraphQLErrorBody): ApiError {
  const x = e.extensions ?? {};
  return new ApiError(
    e.message,
    typeof x.code === 'string' ? x.code : undefined,
    typeof x.field === 'string' ? x.field : undefined,
    typeof x.retryAfterSeconds === 'number' ? x.retryAfterSeconds : undefined,
  );
}

/** Any failure as an ApiError (a network failure becomes "Could not reach the server"). */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('Could not reach the server');
}

/** POST /graphql with a typed operation; throws ApiError with the server's message, code and field. */
export async function request<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: doc.toString(), variables }),
  });
  let body: { data?: R | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${res.status}`);
  }
  if (body.errors?.length) throw toApiError(body.errors[0]);
  if (!body.data) throw new ApiError('The server sent no data');
  return body.data;
}

// ---- the query cache -------------------------------------------------------------------------------

const cache = new Map<string, unknown>();

type CacheEvent = { type: 'reload' } | { type: 'patch'; fn: (data: unknown) => unknown };
const subscribers = new Set<(e: CacheEvent) => void>();

/**
 * Bumped when a mutation that changes query results starts: an answer to a query sent before it may
 * be stale, so it is not kept (the invalidate() at the mutation's end fetches it again).
 */
let mutationEpoch = 0;
/** Mutations that change query results, under way; answers that come meanwhile are not kept. */
let pendingMutations = 0;

/**
 * Forgets every remembered answer. By default the queries on screen fetch again (keeping what they
 * show until the new answer comes); with `reload: false` they are only fetched afresh next time.
 */
export function invalidate({ reload = true }: { reload?: boolean } = {}): void {
  cache.clear();
  if (reload) subscribers.forEach((s) => s({ type: 'reload' }));
}

/**
 * Changes every remembered answer and every query on screen at once (optimistic updates); `fn` must
 * return its argument unchanged when it has nothing to change.
 */
export function patchQueries(fn: (data: unknown) => unknown): void {
  for (const [key, data] of cache) cache.set(key, fn(data));
  subscribers.forEach((s) => s({ type: 'patch', fn }));
}

/**
 * Runs a mutation. Afterwards (success or not) the cache is invalidated so the pages show the server's
 * truth; pass `invalidates: false` for a mutation no query on screen needs to see at once (the cache is
 * still forgotten, so the next page is fresh).
 */
export async function mutate<R, V>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  { invalidates = true }: { invalidates?: boolean } = {},
): Promise<R> {
  if (invalidates) {
    mutationEpoch++;
    pendingMutations++;
  }
  try {
    return await request(doc, variables);
  } finally {
    if (invalidates) pendingMutations--;
    // reload once the last of several quick mutations is done
    invalidate({ reload: invalidates && pendingMutations === 0 });
  }
}

export type QueryState<R> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: R };

interface Entry<R> {
  key: string;
  state: QueryState<R>;
}

const LOADING = { status: 'loading' } as const;

/**
 * Runs a query when its variables change; answers from memory at once when the page was seen before,
 * and again after invalidate() (showing the old answer until the new one comes).
 */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, variables: V): QueryState<R> {
  const key = `${doc.toString()}|${JSON.stringify(variables)}`;
  const [entry, setEntry] = useState<Entry<R>>(() => ({
    key,
    state: cache.has(key) ? { status: 'ready', data: cache.get(key) as R } : LOADING,
  }));
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const onEvent = (e: CacheEvent) => {
      if (e.type === 'reload') setGeneration((g) => g + 1);
      else
        setEntry((prev) =>
          prev.state.status === 'ready'
            ? { ...prev, state: { ...prev.state, data: e.fn(prev.state.data) as R } }
            : prev,
        );
    };
    subscribers.add(onEvent);
    return () => {
      subscribers.delete(onEvent);
    };
  }, []);

  useEffect(() => {
    let live = true;
    setEntry((prev) => {
      if (cache.has(key)) return { key, state: { status: 'ready', data: cache.get(key) as R } };
      // reloading the same query: keep showing what we have
      if (prev.key === key && prev.state.status === 'ready') return prev;
      return { key, state: LOADING };
    });
    const epoch = mutationEpoch;
    request(doc, variables).then(
      (data) => {
        // a mutation started meanwhile: this answer may predate it; its invalidate() asks again
        if (!live || epoch !== mutationEpoch || pendingMutations > 0) return;
        cache.set(key, data);
        setEntry({ key, state: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!live) return;
        setEntry((prev) =>
          prev.key === key && prev.state.status === 'ready'
            ? prev
            : { key, state: { status: 'error', error: asApiError(error) } },
        );
      },
    );
    return () => {
      live = false;
    };
    // the key stands for doc and variables
  }, [key, generation]);

  if (entry.key === key) return entry.state;
  return cache.has(key) ? { status: 'ready', data: cache.get(key) as R } : LOADING;
}

/**
 * A copy of `data` in which every session object with this id (anything with `id` and `starred`)
 * has `starred` set; the same object when nothing changes.
 */
export function withStarred<T>(data: T, sessionId: string, starred: boolean): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((x) => {
        const y = walk(x);
        if (y !== x) changed = true;
        return y;
      });
      return changed ? out : v;
    }
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    let copy: Record<string, unknown> | null = null;
    for (const [k, x] of Object.entries(o)) {
      const y = walk(x);
      if (y !== x) (copy ??= { ...o })[k] = y;
    }
    if (o.id === sessionId && 'starred' in o && o.starred !== starred) (copy ??= { ...o }).starred = starred;
    return copy ?? o;
  };
  return walk(data) as T;
}
