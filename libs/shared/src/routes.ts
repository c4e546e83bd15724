/**
 * The web client's pages and the paths they answer, in one place: the client's router draws the page a
 * path names, and the API's web-client fallback answers a path no page names with the app shell and
 * HTTP 404 (every other page path with 200). Framework-free, so both can use it.
 */
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
  '/conferences': { page: 'conferences' },
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

/** The page a path names; `not-found` when none does. */
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
