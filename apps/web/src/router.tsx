import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
}

/** The current path, updated on navigation and on back/forward. */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
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
  | { page: 'schedule'; slug: string }
  | { page: 'edit-programme'; slug: string }
  | { page: 'session'; id: string }
  | { page: 'speaker'; id: string }
  | { page: 'roundup'; id: string }
  | { page: 'sign-in' }
  | { page: 'sign-up' }
  | { page: 'notes' }
  | { page: 'not-found' };

const FIXED: Record<string, Route> = {
  '/': { page: 'conferences' },
  '/sign-in': { page: 'sign-in' },
  '/sign-up': { page: 'sign-up' },
  '/notes': { page: 'notes' },
};

export function matchRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (Object.hasOwn(FIXED, clean)) return FIXED[clean];
  const schedule = /^\/conferences\/([^/]+)\/schedule$/.exec(clean);
  if (schedule) return { page: 'schedule', slug: decodeURIComponent(schedule[1]) };
  const edit = /^\/conferences\/([^/]+)\/edit$/.exec(clean);
  if (edit) return { page: 'edit-programme', slug: decodeURIComponent(edit[1]) };
  const m = /^\/(conferences|sessions|speakers|roundups)\/([^/]+)$/.exec(clean);
  if (!m) return { page: 'not-found' };
  const value = decodeURIComponent(m[2]);
  switch (m[1]) {
    case 'conferences':
      return { page: 'agenda', slug: value };
    case 'sessions':
      return { page: 'session', id: value };
    case 'speakers':
      return { page: 'speaker', id: value };
    default:
      return { page: 'roundup', id: value };
  }
}
