/** The page to go back to after signing in: `?next=` when it is a path on this site, else the home page. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  // only our own paths: "//evil.example" and "/\evil.example" would leave the site
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
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
