import type { TypedDocumentString } from '@ncasc/shared/generated';
import { useEffect, useState } from 'preact/hooks';
import { network, shownData } from './offline/network';
import { QueryStore, idbQueryBackend } from './offline/query-store';
import { signedIn } from './account/signed-in';
import { patchTree } from './patch-tree';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    /** The input field the server blames (BAD_USER_INPUT), e.g. "email". */
    readonly field?: string,
    /** For TOO_MANY_REQUESTS: how long to wait. */
    readonly retryAfterSeconds?: number,
    /** Every fact the server added (`extensions`), e.g. a CONFLICT's current note. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The server could not be reached (no network, a captive portal, a gateway error): nothing was done. */
export class NetworkError extends ApiError {
  constructor(message = 'Could not reach the server') {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The first GraphQL error of a response as an ApiError. */
export function toApiError(e: GraphQLErrorBody): ApiError {
  const x = e.extensions ?? {};
  return new ApiError(
    e.message,
    typeof x.code === 'string' ? x.code : undefined,
    typeof x.field === 'string' ? x.field : undefined,
    typeof x.retryAfterSeconds === 'number' ? x.retryAfterSeconds : undefined,
    x,
  );
}

/** Any failure as an ApiError (a network failure becomes "Could not reach the server"). */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new NetworkError();
}

const names = new WeakMap<object, string>();

/** The operation's name ("Agenda", "SaveNote"), from its text. */
function operationName(doc: { toString(): string }): string {
  let name = names.get(doc);
  if (name === undefined) {
    name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(doc.toString())?.[1] ?? 'anonymous';
    names.set(doc, name);
  }
  return name;
}

/**
 * POST /graphql with a typed operation; throws ApiError with the server's message, code and field, or
 * NetworkError when the server could not be reached (also told to `network`).
 */
export async function request<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: doc.toString(), variables }),
    });
  } catch {
    network.failed();
    throw new NetworkError();
  }
  let body: { data?: R | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not our server's JSON: a gateway error or a Wi-Fi sign-in page standing in for it
    network.failed();
    throw new NetworkError(`The server answered ${res.status}`);
  }
  network.answered();
  if (body.errors?.length) throw toApiError(body.errors[0]);
  if (!body.data) throw new ApiError('The server sent no data');
  return body.data;
}

/** Every query answer, kept on this device for reading offline (see QueryStore). */
export const queryStore = new QueryStore(idbQueryBackend, signedIn, {
  // search as you type: every keystroke is a query, none worth keeping
  skip: new Set(['Search', 'PreviewRoundup']),
});

// ---- the query cache -------------------------------------------------------------------------------

interface Remembered {
  data: unknown;
  /** when the server gave it */
  fetchedAt: number;
}

const cache = new Map<string, Remembered>();

type CacheEvent = { type: 'reload' } | { type: 'patch'; fn: (data: unknown) => unknown };
const subscribers = new Set<(e: CacheEvent) => void>();

/**
 * Bumped when a mutation that changes query results starts: an answer to a query sent before it may
 * be stale, so it is not kept (the invalidate() at the mutation's end fetches it again).
 */
let mutationEpoch = 0;
/** Mutations that change query results, under way; answers that come meanwhile are not kept. */
let pendingMutations = 0;
/** Bumped by invalidate(): an answer to a query sent before is not remembered. */
let cacheGeneration = 0;

/**
 * Forgets every remembered answer. By default the queries on screen fetch again (keeping what they
 * show until the new answer comes); with `reload: false` they are only fetched afresh next time.
 */
export function invalidate({ reload = true }: { reload?: boolean } = {}): void {
  cacheGeneration++;
  cache.clear();
  if (reload) subscribers.forEach((s) => s({ type: 'reload' }));
}

/**
 * Changes every remembered answer and every query on screen at once (optimistic updates); `fn` must
 * return its argument unchanged when it has nothing to change.
 */
export function patchQueries(fn: (data: unknown) => unknown): void {
  for (const [key, r] of cache) cache.set(key, { ...r, data: fn(r.data) });
  // and the copies kept for offline, which a page left before its fetch again would not refresh
  queryStore.patch(fn);
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
    const data = await request(doc, variables);
    const name = operationName(doc);
    mutationListeners.forEach((l) => l(name, variables));
    return data;
  } finally {
    if (invalidates) pendingMutations--;
    // reload once the last of several quick mutations is done
    invalidate({ reload: invalidates && pendingMutations === 0 });
  }
}

type MutationListener = (operation: string, variables: unknown) => void;
const mutationListeners = new Set<MutationListener>();

/** Told of every mutation the server carried out, by operation name. */
export function onMutated(listener: MutationListener): () => void {
  mutationListeners.add(listener);
  return () => {
    mutationListeners.delete(listener);
  };
}

export type QueryState<R> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: R };

interface Entry<R> {
  key: string;
  state: QueryState<R>;
  /** for a ready state: when the server gave it */
  fetchedAt?: number;
  /** for a ready state: this device's copy, shown because the server did not answer */
  fromDevice?: boolean;
}

const LOADING = { status: 'loading' } as const;

/** How long a page waits for the server before showing this device's copy meanwhile. */
const SLOW_MS = 6000;

function remembered<R>(key: string): Entry<R> | null {
  const r = cache.get(key);
  return r ? { key, state: { status: 'ready', data: r.data as R }, fetchedAt: r.fetchedAt } : null;
}

/**
 * Runs a query when its variables change; answers from memory at once when the page was seen before,
 * and again after invalidate() (showing the old answer until the new one comes). Every answer is also
 * kept on this device (queryStore): when the server cannot be reached (or is slow to answer a page
 * with nothing to show yet), that copy is shown, and the banner says how old it is (shownData).
 */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, variables: V): QueryState<R> {
  const key = `${doc.toString()}|${JSON.stringify(variables)}`;
  const [entry, setEntry] = useState<Entry<R>>(() => remembered<R>(key) ?? { key, state: LOADING });
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
    let answered = false;
    setEntry((prev) => {
      const found = remembered<R>(key);
      if (found) return found;
      // reloading the same query: keep showing what we have
      if (prev.key === key && prev.state.status === 'ready') return prev;
      return { key, state: LOADING };
    });
    const operation = operationName(doc);
    const vars = JSON.stringify(variables);
    const epoch = mutationEpoch;
    const generationAtSend = cacheGeneration;
    const ticket = queryStore.ticket();
    // this device's copy, when nothing else is on screen
    const showKept = (orElse?: () => void) =>
      void queryStore.load(operation, vars).then((kept) => {
        if (!live) return;
        if (!kept) return orElse?.();
        setEntry((prev) =>
          prev.key === key && prev.state.status === 'ready'
            ? prev
            : {
                key,
                state: { status: 'ready', data: kept.data as R },
                fetchedAt: kept.fetchedAt,
                fromDevice: true,
              },
        );
      });
    const slow = setTimeout(() => {
      if (!answered) showKept();
    }, SLOW_MS);
    request(doc, variables).then(
      (data) => {
        answered = true;
        clearTimeout(slow);
        // a mutation started meanwhile: this answer may predate it; its invalidate() asks again
        if (epoch !== mutationEpoch || pendingMutations > 0) return;
        const fetchedAt = Date.now();
        // kept even when the page has gone meanwhile (it is the newest answer there is), unless
        // everything was forgotten since it was asked for (another account, another version)
        if (generationAtSend === cacheGeneration) {
          cache.set(key, { data, fetchedAt });
          queryStore.save(operation, vars, data, fetchedAt, ticket);
        }
        if (live) setEntry({ key, state: { status: 'ready', data }, fetchedAt });
      },
      (error: unknown) => {
        answered = true;
        clearTimeout(slow);
        if (!live) return;
        const failed = () =>
          setEntry((prev) =>
            prev.key === key && prev.state.status === 'ready'
              ? prev
              : { key, state: { status: 'error', error: asApiError(error) } },
          );
        // out of reach: what is on screen stays, else this device's copy, else the failure
        if (error instanceof NetworkError) showKept(failed);
        else failed();
      },
    );
    return () => {
      live = false;
      clearTimeout(slow);
    };
    // the key stands for doc and variables
  }, [key, generation]);

  const current: Entry<R> = entry.key === key ? entry : (remembered<R>(key) ?? { key, state: LOADING });
  // the banner's "as of": what this page shows, and whether it is this device's copy (`me` aside)
  const shown = current.state.status === 'ready' && current.fetchedAt !== undefined;
  const isMe = operationName(doc) === 'Me';
  useEffect(() => {
    if (!shown || isMe) return;
    return shownData.add({ fetchedAt: current.fetchedAt!, fromDevice: current.fromDevice === true });
  }, [shown, isMe, current.fetchedAt, current.fromDevice]);

  return current.state;
}

/**
 * A copy of `data` in which every session object with this id (anything with `id` and `starred`)
 * has `starred` set; the same object when nothing changes.
 */
export function withStarred<T>(data: T, sessionId: string, starred: boolean): T {
  return patchTree(data, (o) =>
    o.id === sessionId && 'starred' in o && o.starred !== starred ? { starred } : null,
  );
}
