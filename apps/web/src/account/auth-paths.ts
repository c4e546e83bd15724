/**
 * Characters a path to come back to must not hold: backslashes (browsers read them as slashes) and
 * control or white-space characters (URL parsers drop tabs and newlines, so "/\t/evil.example" becomes
 * "//evil.example", another site).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\\s\u0000-\u001f\u007f-\u009f]/;

/**
 * `next` as a path on this site (pathname, query and hash), or null when it is not one: it must start
 * with a single "/", hold no backslash, control or white-space character, and stay on `origin` once
 * resolved against it.
 */
export function sameOriginPath(next: string | null | undefined, origin: string): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || UNSAFE.test(next)) return null;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(next, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * The page to go back to after signing in: `?next=` when it is a path on this site (`origin`, the
 * page's own by default), else the home page.
 */
export function nextPath(search: string, origin: string = location.origin): string {
  return sameOriginPath(new URLSearchParams(search).get('next'), origin) ?? '/';
}

/** The path and query of the page we are on, to come back to. */
export function currentPath(): string {
  return location.pathname + location.search;
}

/** A link to a sign-in (or sign-up) page that comes back to `path`. */
export function authHref(page: '/sign-in' | '/sign-up', path = currentPath()): string {
  const pathname = path.split(/[?#]/)[0];
  // never come back to the sign-in pages themselves
  if (pathname === '/sign-in' || pathname === '/sign-up') return `${page}${path.slice(pathname.length)}`;
  return path === '/' ? page : `${page}?next=${encodeURIComponent(path)}`;
}
