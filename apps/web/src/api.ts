import type { TypedDocumentString } from '@ncasc/shared/generated';
import { useEffect, useState } from 'preact/hooks';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const cache = new Map<string, unknown>();

/** POST /graphql with a typed operation; throws ApiError with the server's message and code. */
export async function request<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: doc.toString(), variables }),
  });
  let body: { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${res.status}`);
  }
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError('The server sent no data');
  return body.data;
}

export type QueryState<R> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: R };

/** Runs a query when its variables change; answers from memory at once when the page was seen before. */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, variables: V): QueryState<R> {
  const key = `${doc.toString()}|${JSON.stringify(variables)}`;
  const [state, setState] = useState<QueryState<R>>(() =>
    cache.has(key) ? { status: 'ready', data: cache.get(key) as R } : { status: 'loading' },
  );
  useEffect(() => {
    let live = true;
    if (cache.has(key)) setState({ status: 'ready', data: cache.get(key) as R });
    else setState({ status: 'loading' });
    request(doc, variables).then(
      (data) => {
        cache.set(key, data);
        if (live) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (live && !cache.has(key))
          setState({
            status: 'error',
            error: error instanceof ApiError ? error : new ApiError('Could not reach the server'),
          });
      },
    );
    return () => {
      live = false;
    };
    // the key stands for doc and variables
  }, [key]);
  return state;
}
