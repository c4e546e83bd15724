import type { JSX } from 'preact';
import type { QueryState } from '../api';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { Link } from '../router';

export function Layout({ title, children }: { title: string; children: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · Conference programmes`;
  }, [title]);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <Link href="/" class="brand">
          Conference programmes
        </Link>
        <span class="brand-sub">NCASC and the ADCS Annual Conference</span>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <p>
          Programmes reconstructed from published round-ups; where a source does not say, we leave it blank.
        </p>
      </footer>
    </>
  );
}

export function Loading() {
  return (
    <p class="status" role="status">
      Loading…
    </p>
  );
}

export function Problem({ message }: { message: string }) {
  return (
    <div class="problem" role="alert">
      <p>{message}</p>
      <p>
        <Link href="/">Back to all conferences</Link>
      </p>
    </div>
  );
}

/**
 * Loading, failure and "not found" states, the same on every page: either the page to show instead,
 * or the record the page is about.
 */
export function whenLoaded<R, T>(
  state: QueryState<R>,
  pick: (data: R) => T | null,
  what: string,
  notFound = `There is no such ${what}.`,
): { page: JSX.Element } | { value: T } {
  const title = what[0].toUpperCase() + what.slice(1);
  if (state.status === 'loading')
    return {
      page: (
        <Layout title={title}>
          <Loading />
        </Layout>
      ),
    };
  if (state.status === 'error') {
    const message =
      state.error.code === 'BAD_USER_INPUT' ? `That is not a ${what} link.` : state.error.message;
    return {
      page: (
        <Layout title={title}>
          <Problem message={message} />
        </Layout>
      ),
    };
  }
  const value = pick(state.data);
  if (value === null)
    return {
      page: (
        <Layout title="Not found">
          <Problem message={notFound} />
        </Layout>
      ),
    };
  return { value };
}
