import type { JSX } from 'preact';
import type { QueryState } from '../api';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { asApiError } from '../api';
import { authHref, signOut, useMe } from '../account/account';
import { Link } from '../router';
import { SiteSearch } from '../search/site-search';
import { AppNotices } from '../offline/notices';

/** A page; `wide` lets it use a desktop's width (the agenda's navigation beside it, the grid). */
export function Layout({
  title,
  wide = false,
  children,
}: {
  title: string;
  wide?: boolean;
  children: ComponentChildren;
}) {
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
        <nav class="site-nav" aria-label="Site">
          <ul class="inline-list">
            <li>
              <Link href="/themes">Themes</Link>
            </li>
          </ul>
        </nav>
        <SiteSearch />
        <AccountNav />
      </header>
      <AppNotices />
      <main id="main" tabIndex={-1} class={wide ? 'wide' : undefined}>
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

/** Sign in / create account, or my notes, my name and sign out. */
function AccountNav() {
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // until the server says who this is, a line of the same height, so the header does not grow under the
  // reader when the links arrive
  if (me === undefined)
    return (
      <nav class="account" aria-label="Account" aria-busy="true">
        <ul class="inline-list" aria-hidden="true">
          <li>{'\u00a0'}</li>
        </ul>
      </nav>
    );
  if (me === null)
    return (
      <nav class="account" aria-label="Account">
        <ul class="inline-list">
          <li>
            <Link href={authHref('/sign-in')}>Sign in</Link>
          </li>
          <li>
            <Link href={authHref('/sign-up')}>Create account</Link>
          </li>
        </ul>
      </nav>
    );
  const onSignOut = async () => {
    setBusy(true);
    setError(null);
    try {
      await signOut();
    } catch (e) {
      setError(`Could not sign out: ${asApiError(e).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <nav class="account" aria-label="Account">
      <ul class="inline-list">
        <li>
          <Link href="/notes">My notes</Link>
        </li>
        <li class="account-name">
          <span class="visually-hidden">Signed in as </span>
          {me.name}
        </li>
        <li>
          <button type="button" class="link-button" disabled={busy} onClick={() => void onSignOut()}>
            Sign out
          </button>
        </li>
      </ul>
      {error ? (
        <p class="account-error" role="alert">
          {error}
        </p>
      ) : null}
    </nav>
  );
}

export function Loading() {
  return (
    <p class="status" role="status">
      Loading…
    </p>
  );
}

/** What went wrong, with a way home; `heading` makes it the page's own (h1) when nothing else is shown. */
export function Problem({ message, heading }: { message: string; heading?: string }) {
  return (
    <>
      {heading ? <h1>{heading}</h1> : null}
      <div class="problem" role="alert">
        <p>{message}</p>
        <p>
          <Link href="/">Back to all conferences</Link>
        </p>
      </div>
    </>
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
          <Problem heading={`Could not show this ${what}`} message={message} />
        </Layout>
      ),
    };
  }
  const value = pick(state.data);
  if (value === null)
    return {
      page: (
        <Layout title="Not found">
          <Problem heading="Not found" message={notFound} />
        </Layout>
      ),
    };
  return { value };
}
