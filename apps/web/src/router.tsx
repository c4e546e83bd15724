import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
}

/** Something of the location, updated on navigation and on back/forward. */
function useLocationPart(read: () => string): string {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => setValue(read());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
    // read is one of the two functions below
  }, []);
  return value;
}

const readPath = () => location.pathname;
const readSearch = () => location.search;

/** The current path, updated on navigation and on back/forward. */
export function usePath(): string {
  return useLocationPart(readPath);
}

/** The current query string ("?q=…", or ""), updated on navigation and on back/forward. */
export function useSearch(): string {
  return useLocationPart(readSearch);
}

/**
 * Follows a click on a link to a page of this site (an `<a href="/…">` in HTML we did not render, such
 * as a write-up's body) without reloading; modified clicks and other links are left to the browser.
 */
export function followInternalLink(e: MouseEvent): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element | null)?.closest?.('a[href^="/"]');
  if (!a || a.hasAttribute('download') || (a.getAttribute('target') ?? '_self') !== '_self') return;
  const href = a.getAttribute('href')!;
  if (href.startsWith('//')) return;
  e.preventDefault();
  navigate(href);
}

type LinkProps = JSX.HTMLAttributes<HTMLAnchorElement> & { href: string; children: ComponentChildren };

/** An ordinary link that navigates without reloading (modified clicks still open new tabs). */
export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}

export type Route =
  | { page: 'conferences' }
  | { page: 'agenda'; slug: string }
  | { page: 'now'; slug: string }
  | { page: 'schedule'; slug: string }
  | { page: 'edit-programme'; slug: string }
  | { page: 'new-conference' }
  | { page: 'conference-settings'; slug: string }
  | { page: 'import-programme'; slug: string }
  | { page: 'session'; id: string }
  | { page: 'speaker'; id: string }
  | { page: 'roundup'; id: string }
  | { page: 'roundups'; slug: string }
  | { page: 'import-roundup'; slug: string }
  | { page: 'new-roundup' }
  | { page: 'edit-roundup'; id: string }
  | { page: 'search' }
  | { page: 'themes' }
  | { page: 'theme'; slug: string }
  | { page: 'sign-in' }
  | { page: 'sign-up' }
  | { page: 'setup'; token: string }
  | { page: 'notes' }
  | { page: 'not-found' };

const FIXED: Record<string, Route> = {
  '/': { page: 'conferences' },
  '/sign-in': { page: 'sign-in' },
  '/sign-up': { page: 'sign-up' },
  '/notes': { page: 'notes' },
  '/search': { page: 'search' },
  '/themes': { page: 'themes' },
  '/roundups/new': { page: 'new-roundup' },
  '/conferences/new': { page: 'new-conference' },
};

/** A conference's own pages, /conferences/:slug/<name>. */
const CONFERENCE_PAGES: Record<string, Extract<Route, { slug: string }>['page']> = {
  schedule: 'schedule',
  edit: 'edit-programme',
  settings: 'conference-settings',
  import: 'import-programme',
  now: 'now',
};

export function matchRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (Object.hasOwn(FIXED, clean)) return FIXED[clean];
  const sub = /^\/conferences\/([^/]+)\/([a-z]+)$/.exec(clean);
  if (sub && Object.hasOwn(CONFERENCE_PAGES, sub[2]))
    return { page: CONFERENCE_PAGES[sub[2]], slug: decodeURIComponent(sub[1]) };
  const roundups = /^\/conferences\/([^/]+)\/roundups(\/import)?$/.exec(clean);
  if (roundups)
    return { page: roundups[2] ? 'import-roundup' : 'roundups', slug: decodeURIComponent(roundups[1]) };
  const setup = /^\/setup\/([A-Za-z0-9_-]+)$/.exec(clean);
  if (setup) return { page: 'setup', token: setup[1] };
  const editRoundup = /^\/roundups\/([^/]+)\/edit$/.exec(clean);
  if (editRoundup) return { page: 'edit-roundup', id: decodeURIComponent(editRoundup[1]) };
  const m = /^\/(conferences|sessions|speakers|roundups|themes)\/([^/]+)$/.exec(clean);
  if (!m) return { page: 'not-found' };
  const value = decodeURIComponent(m[2]);
  switch (m[1]) {
    case 'conferences':
      return { page: 'agenda', slug: value };
    case 'sessions':
      return { page: 'session', id: value };
    case 'speakers':
      return { page: 'speaker', id: value };
    case 'themes':
      return { page: 'theme', slug: value };
    default:
      return { page: 'roundup', id: value };
  }
}
